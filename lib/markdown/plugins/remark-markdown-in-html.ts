import type { Html, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { Processor } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

const BLOCK_WITH_MARKDOWN = /^<([a-zA-Z][\w-]*)([^>]*?)\s+markdown\s*=\s*["']?(?:1|block|span)["']?([^>]*)>([\s\S]*)<\/\1>\s*$/;

/**
 * kramdown's `markdown="1"`: the inside of such an HTML block is Markdown.
 * CommonMark keeps an HTML block without blank lines as raw HTML, so its
 * inside is parsed here (with the same parser settings) and put back
 * between the block's tags. With blank lines the inside was Markdown
 * already, and the attribute simply goes (the sanitiser drops it).
 */
export default function remarkMarkdownInHtml(this: Processor) {
  const processor = this;
  return function transform(tree: Root) {
    visit(tree, 'html', (node: Html, index, parent) => {
      // Such blocks stand at the top level; nested ones stay raw HTML.
      if (parent?.type !== 'root' || index === undefined) return undefined;
      const match = BLOCK_WITH_MARKDOWN.exec(node.value.trim());
      if (!match) return undefined;
      const [, tag = 'div', before = '', after = '', inner = ''] = match;
      const parsed = processor.parse(inner.trim());
      if (!isRoot(parsed)) return undefined;
      const open: Html = { type: 'html', value: `<${tag}${before}${after}>` };
      const close: Html = { type: 'html', value: `</${tag}>` };
      const children: RootContent[] = [open, ...parsed.children, close];
      parent.children.splice(index, 1, ...children);
      return [SKIP, index + children.length];
    });
  };
}

function isRoot(node: Node): node is Root {
  return node.type === 'root' && 'children' in node && Array.isArray(node.children);
}
