import type { Html, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { Processor } from 'unified';

/** `markdown="1"` (or block, span) and the quote after it; the lookbehind starts a match only where a run of spaces starts. */
const MARKDOWN_ATTRIBUTE = /(?<!\s)\s+markdown\s*=\s*["']?(?:1|block|span)["']?/;

export interface MarkdownBlock {
  tag: string;
  /** The start tag's attributes before and after `markdown="1"`. */
  before: string;
  after: string;
  inner: string;
}

/**
 * `<tag … markdown="1" …>inner</tag>`: what the expression
 * /^<([a-zA-Z][\w-]*)([^>]*?)\s+markdown\s*=\s*["']?(?:1|block|span)["']?([^>]*)>([\s\S]*)<\/\1>\s*$/
 * matches, found step by step: as one expression it backtracked through
 * every space of a long start tag (40 KB took 4 s). Expects a trimmed value.
 */
export function parseMarkdownBlock(value: string): MarkdownBlock | undefined {
  const name = /^<([a-zA-Z][\w-]*)/.exec(value)?.[1];
  const closeStart = value.lastIndexOf('</');
  const tag = /^<\/([a-zA-Z][\w-]*)>$/.exec(value.slice(closeStart))?.[1];
  // The expression takes the end tag's name, which may be a shorter start of the start tag's (`<ab …>…</a>`).
  if (name === undefined || closeStart === -1 || tag === undefined || !name.startsWith(tag)) return undefined;
  const startTagEnd = value.indexOf('>');
  if (startTagEnd >= closeStart) return undefined;
  const attributes = value.slice(1 + tag.length, startTagEnd);
  const markdown = MARKDOWN_ATTRIBUTE.exec(attributes);
  if (!markdown) return undefined;
  return {
    tag,
    before: attributes.slice(0, markdown.index),
    after: attributes.slice(markdown.index + markdown[0].length),
    inner: value.slice(startTagEnd + 1, closeStart),
  };
}

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
      const block = parseMarkdownBlock(node.value.trim());
      if (!block) continue;
      const { tag, before, after, inner } = block;
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
