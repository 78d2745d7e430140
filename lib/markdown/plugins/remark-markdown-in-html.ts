import type { Html, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { Processor } from 'unified';

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
    // Such blocks stand at the top level; nested ones stay raw HTML.
    for (let index = 0; index < tree.children.length; index += 1) {
      const node = tree.children[index];
      if (node?.type !== 'html') continue;
      const match = BLOCK_WITH_MARKDOWN.exec(node.value.trim());
      if (!match) continue;
      const [, tag = 'div', before = '', after = '', inner = ''] = match;
      const parsed = processor.parse(inner.trim());
      if (!isRoot(parsed)) continue;
      const open: Html = { type: 'html', value: `<${tag}${before}${after}>` };
      const close: Html = { type: 'html', value: `</${tag}>` };
      const children: RootContent[] = [open, ...parsed.children, close];
      tree.children.splice(index, 1, ...children);
      index += children.length - 1;
    }
  };
}

function isRoot(node: Node): node is Root {
  return node.type === 'root' && 'children' in node && Array.isArray(node.children);
}
