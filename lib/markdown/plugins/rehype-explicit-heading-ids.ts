import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { whitespace } from 'hast-util-whitespace';
import { setElementData } from './element-data';
import { visitElements } from './walk';

function stringProperty(element: Element, name: 'id' | 'name'): string | undefined {
  const value = element.properties[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function firstMeaningfulIndex(children: ElementContent[]): number {
  return children.findIndex((child) => !whitespace(child));
}

/**
 * Takes the old blog's anchors over as heading ids, so links such as
 * `#day1-morning` keep working:
 * - an `<a name="X">` or `<a id="X">` at the start of a heading makes `X`
 *   the heading's own id; an empty one (GitHub Pages' octicon link) is
 *   dropped, since our own anchor link replaces it;
 * - an id the heading already has (raw HTML, or kramdown's `{#X}` applied by
 *   rehype-kramdown-attributes) is the author's too.
 * Such ids are marked as the author's, so later plugins never rename them.
 */
export default function rehypeExplicitHeadingIds() {
  return function transform(tree: Root) {
    visitElements(tree, (heading) => {
      if (headingRank(heading) === undefined) return;
      const ownId = stringProperty(heading, 'id');
      const anchorId = takeLeadingAnchorId(heading);
      if (ownId === undefined && anchorId === undefined) return;
      if (ownId === undefined) heading.properties.id = anchorId;
      trimEdges(heading);
      setElementData(heading, { explicitId: true });
    });
  };
}

function takeLeadingAnchorId(heading: Element): string | undefined {
  const index = firstMeaningfulIndex(heading.children);
  const anchor = heading.children[index];
  if (anchor?.type !== 'element' || anchor.tagName !== 'a') return undefined;
  const id = stringProperty(anchor, 'name') ?? stringProperty(anchor, 'id');
  if (id === undefined) return undefined;
  const href = anchor.properties.href;
  if (toString(anchor).trim() === '') {
    heading.children.splice(index, 1);
  } else if (href === undefined || href === `#${id}`) {
    heading.children.splice(index, 1, ...anchor.children);
  } else {
    delete anchor.properties.name;
    delete anchor.properties.id;
  }
  return id;
}

/** Raw HTML headings keep the line breaks around their text ('<h3>\n<a …></a>\nDay 1\n</h3>'). */
function trimEdges(heading: Element): void {
  const children = heading.children;
  while (children[0] && whitespace(children[0])) children.shift();
  while (children.length > 0 && whitespace(children[children.length - 1] ?? '')) children.pop();
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
}
