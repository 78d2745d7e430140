import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { whitespace } from 'hast-util-whitespace';

/*
 * One list item of a session, read as a talk: `* Title <br>` then its
 * summary. The title is the text before the first <br> or line break; an
 * author's id on it (`<a name="x">` leading, `{#x}` ending) is taken off the
 * title and kept, so old anchors keep working.
 */

const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'pre', 'blockquote', 'div', 'table', 'figure', 'details', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'dl']);

function trimWhitespaceEdges(nodes: ElementContent[]): ElementContent[] {
  const result = [...nodes];
  while (result[0] && whitespace(result[0])) result.shift();
  while (result.length > 0 && whitespace(result[result.length - 1] ?? '')) result.pop();
  const first = result[0];
  if (first?.type === 'text') result[0] = { ...first, value: first.value.trimStart() };
  const last = result[result.length - 1];
  if (last?.type === 'text') result[result.length - 1] = { ...last, value: last.value.trimEnd() };
  return result;
}

/** 'Key points:<br>' before a list: the break only ended the line, and would leave a blank one. */
function dropTrailingBreaks(nodes: ElementContent[]): ElementContent[] {
  const result = [...nodes];
  for (;;) {
    const last = result[result.length - 1];
    if (!last) return result;
    if (whitespace(last) || (last.type === 'element' && last.tagName === 'br')) result.pop();
    else return result;
  }
}

/** Splits inline content at the first <br> or line break: the title before, the rest after. */
function splitAtLineBreak(inline: ElementContent[]): { title: ElementContent[]; after: ElementContent[] } {
  for (let index = 0; index < inline.length; index += 1) {
    const node = inline[index];
    if (!node) continue;
    if (node.type === 'element' && node.tagName === 'br') {
      return { title: inline.slice(0, index), after: inline.slice(index + 1) };
    }
    if (node.type === 'text' && node.value.trim() !== '' && /\S\s*\n/.test(node.value)) {
      const breakAt = node.value.search(/\n/);
      const before = node.value.slice(0, breakAt);
      if (before.trim() === '') continue;
      return {
        title: [...inline.slice(0, index), { ...node, value: before }],
        after: [{ ...node, value: node.value.slice(breakAt + 1) }, ...inline.slice(index + 1)],
      };
    }
  }
  return { title: inline, after: [] };
}

/** `{#id}` ending a title; the lookbehind starts the match only where a run of spaces starts (not at each of its spaces). */
const KRAMDOWN_ID = /(?<!\s)\s*\{:?\s*#([\p{L}\p{N}_:.-]+)\s*\}\s*$/u;

/** An author's id on a talk: `<a name="x">` or `<a id="x">` leading the title, or `{#x}` ending it. */
function takeAuthorId(title: ElementContent[]): string | undefined {
  const first = title.findIndex((node) => !whitespace(node));
  const anchor = title[first];
  if (anchor?.type === 'element' && anchor.tagName === 'a') {
    const id = anchor.properties.name ?? anchor.properties.id;
    if (typeof id === 'string' && id !== '' && (anchor.properties.href === undefined || anchor.properties.href === `#${id}`)) {
      title.splice(first, 1, ...anchor.children);
      return id;
    }
  }
  const last = title[title.length - 1];
  if (last?.type === 'text') {
    const match = KRAMDOWN_ID.exec(last.value);
    if (match) {
      last.value = last.value.slice(0, match.index);
      return match[1];
    }
  }
  return undefined;
}

export interface TalkItemParts {
  title: ElementContent[];
  summary: ElementContent[];
  authorId: string | undefined;
}

/** Title and summary of a list item, or undefined when its first line has no text to be a title. */
export function splitListItem(item: Element): TalkItemParts | undefined {
  const children = trimWhitespaceEdges(item.children);
  const first = children[0];
  let inline: ElementContent[];
  let rest: ElementContent[];
  if (first?.type === 'element' && first.tagName === 'p') {
    inline = first.children;
    rest = children.slice(1);
  } else {
    const blockAt = children.findIndex((node) => node.type === 'element' && BLOCK_TAGS.has(node.tagName));
    inline = blockAt === -1 ? children : children.slice(0, blockAt);
    rest = blockAt === -1 ? [] : children.slice(blockAt);
  }
  const { title: rawTitle, after } = splitAtLineBreak(inline);
  const title = trimWhitespaceEdges(rawTitle);
  const authorId = takeAuthorId(title);
  const cleanTitle = trimWhitespaceEdges(title);
  if (toString({ type: 'element', tagName: 'span', properties: {}, children: cleanTitle }).trim() === '') return undefined;
  const afterText = trimWhitespaceEdges(dropTrailingBreaks(after));
  const summary: ElementContent[] = [];
  if (afterText.length > 0) summary.push({ type: 'element', tagName: 'p', properties: {}, children: afterText });
  for (const node of rest) if (!whitespace(node)) summary.push(node);
  return { title: cleanTitle, summary, authorId };
}
