import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visitElements } from './walk';

export interface NormalizeHeadingsOptions {
  /** The post title from front matter; when absent, the first `#` heading becomes the title. */
  title?: string | undefined;
}

const normalizeText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The page's only `<h1>` is the post title, rendered by the page itself, so:
 * - a leading `#` heading that repeats the title (or stands in for a missing
 *   one) is removed, and its text is left in `file.data.headingTitle`;
 * - the remaining headings are shifted so the top level is `<h2>`, however
 *   the author numbered them (the seed's raw `<h3>` days become `<h2>`), and
 *   jumps are closed (`##` then `####` becomes `##` then `###`), so the
 *   heading order has no gaps.
 */
export default function rehypeNormalizeHeadings(options: NormalizeHeadingsOptions = {}) {
  return function transform(tree: Root, file: VFile) {
    const headings: Element[] = [];
    let firstParent: Root | Element | undefined;
    visitElements(tree, (node, _index, parent) => {
      // The footnotes section's label heading is remark-rehype's, not the author's.
      if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) return SKIP;
      if (headingRank(node) !== undefined) {
        if (headings.length === 0) firstParent = parent;
        headings.push(node);
      }
      return undefined;
    });

    const first = headings[0];
    if (first && headingRank(first) === 1) {
      const text = toString(first).replace(/\s+/g, ' ').trim();
      if (options.title === undefined || normalizeText(text) === normalizeText(options.title)) {
        firstParent?.children.splice(firstParent.children.indexOf(first), 1);
        headings.shift();
        file.data.headingTitle = text;
      }
    }
    if (options.title === undefined && file.data.headingTitle === undefined) {
      const firstH1 = headings.find((heading) => headingRank(heading) === 1);
      if (firstH1) file.data.headingTitle = toString(firstH1).replace(/\s+/g, ' ').trim();
    }

    const ranks = headings.map((heading) => headingRank(heading) ?? 6);
    if (ranks.length === 0) return;
    // Not Math.min(...ranks): spreading a hundred thousand arguments overflows the stack.
    const shift = 2 - ranks.reduce((lowest, rank) => Math.min(lowest, rank), 6);
    let previous = 1;
    headings.forEach((heading, index) => {
      // Never deeper than one level below the heading before: `##` then `####` reads as `##` then `###`.
      const rank = Math.min(6, previous + 1, Math.max(2, (ranks[index] ?? 6) + shift));
      heading.tagName = `h${rank}`;
      previous = rank;
    });
  };
}
