import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { VFile } from 'vfile';
import { normalizeLikeParse5 } from './like-parse5';

/*
 * rehype-raw's result, without pushing the whole post through parse5 when
 * only a few blocks need it. hast-util-raw replays every element and text
 * of the tree as parser tokens and builds a new tree from the parser's, so
 * that a post with one `<br>` paid for parse5 on all of it (a sixth of the
 * seed's render time).
 *
 * The HTML parser only changes what Markdown built where its state carries
 * over from raw HTML: an unclosed `<div>` swallows what follows, an
 * unclosed `<b>` is reopened in the next paragraph, and so on. So:
 * - each raw HTML block at the top level (or run of them, with only text
 *   between) is parsed on its own, followed by a sentinel comment and
 *   text. They come out at the top level, after it, only when the block
 *   closed everything it opened (no open element, no formatting element
 *   to reopen, the tokenizer back in its data state); the parser then
 *   stands where it stood before the block, as it does after every block
 *   Markdown built;
 * - `<br>` is the only raw HTML inside blocks taken as it is; it opens
 *   nothing;
 * - what parse5 does to the rest is done here: adjacent texts are merged,
 *   the way it inserts characters.
 * Anything else (raw HTML inside a block, a block that leaves something
 * open, a link inside a link, which the parser takes apart) falls back to
 * hast-util-raw on the whole tree.
 */

const LINE_BREAK = /^<br\s*\/?>$/i;
/** A closed <form> leaves the parser's form pointer set when an end tag other than its own closed it. */
const FORM = /<form/i;
const SENTINEL_COMMENT = 'confnotes: end of raw block';
const SENTINEL_TEXT = 'confnotes: after raw block';

export default function rehypeRawWhereNeeded() {
  return function transform(tree: Root, file: VFile): Root {
    const result = rawByBlock(tree, file) ?? raw(tree, { file });
    // hast-util-raw returns a root for a root.
    return result.type === 'root' ? result : { type: 'root', children: [] };
  };
}

/** The tree with its raw HTML parsed block by block, or undefined when the whole of it must go through parse5. */
export function rawByBlock(tree: Root, file: VFile): Root | undefined {
  if (!onlyLineBreaksNested(tree.children, false)) return undefined;
  const nodes = tree.children;
  const children: RootContent[] = [];
  const parsed = new Set<RootContent>();
  // Positions come from the nodes; from-parse5 would index the whole file again for each block.
  const blockFile = new VFile();
  let afterElement = false;
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index];
    if (node?.type !== 'raw') {
      if (node?.type === 'element') afterElement = true;
      if (node) children.push(node);
      index += 1;
      continue;
    }
    // Before the first element the parser is still in its initial mode, where it treats tags otherwise.
    if (!afterElement) return undefined;
    // Raw blocks with only text between them go to one parser: thousands of them stay cheap.
    let end = index + 1;
    for (let next = end; next < nodes.length && nodes[next]?.type !== 'element'; next += 1) if (nodes[next]?.type === 'raw') end = next + 1;
    const batch = nodes.slice(index, end);
    if (batch.some((member) => member.type === 'raw' && FORM.test(member.value))) return undefined;
    const block = rawBlock(batch, blockFile);
    if (!block) return undefined;
    for (const parsedNode of block) parsed.add(parsedNode);
    for (const node of block) children.push(node);
    index = end;
  }
  tree.children = children;
  // from-parse5 gives the root the whole file's span when any node has a position, and its quirks mode.
  if (!normalizeLikeParse5(tree, parsed)) delete tree.position;
  tree.data = { quirksMode: false };
  return tree;
}

/** No raw HTML below the top level but `<br>`, and no link inside a link. */
function onlyLineBreaksNested(nodes: Array<RootContent | ElementContent>, inLink: boolean, nested = false): boolean {
  for (const node of nodes) {
    if (node.type === 'raw') {
      if (nested && !LINE_BREAK.test(node.value)) return false;
    } else if (node.type === 'element') {
      const isLink = node.tagName === 'a';
      if (isLink && inLink) return false;
      if (!onlyLineBreaksNested(node.children, inLink || isLink, true)) return false;
    }
  }
  return true;
}

/**
 * The blocks' nodes as parse5 makes them after an element at the top
 * level (the empty <div> before them puts a new parser there); undefined
 * when they leave the parser elsewhere than they found it.
 */
function rawBlock(blocks: RootContent[], file: VFile): RootContent[] | undefined {
  const primer: Element = { type: 'element', tagName: 'div', properties: {}, children: [] };
  const sentinels: RootContent[] = [
    { type: 'raw', value: `<!--${SENTINEL_COMMENT}-->` },
    { type: 'text', value: SENTINEL_TEXT },
  ];
  const result = raw({ type: 'root', children: [primer, ...blocks, ...sentinels] }, { file });
  if (result.type !== 'root') return undefined;
  const first = result.children[0];
  const comment = result.children[result.children.length - 2];
  const text = result.children[result.children.length - 1];
  if (first?.type !== 'element' || first.tagName !== 'div' || first.children.length > 0) return undefined;
  if (comment?.type !== 'comment' || comment.value !== SENTINEL_COMMENT || text?.type !== 'text' || text.value !== SENTINEL_TEXT) return undefined;
  return result.children.slice(1, -2);
}
