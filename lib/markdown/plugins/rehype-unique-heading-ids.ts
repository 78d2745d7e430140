import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visitElements } from './walk';

/**
 * rehype-heading-slugs keeps generated slugs unique among themselves, but knows
 * nothing of the ids authors set (legacy anchors, `{#id}`, raw HTML). Those
 * win: a generated heading id that collides with one of them, or with an
 * earlier heading, gets the first `-1`, `-2`… suffix that no element on the
 * page uses, so every in-page link has exactly one target.
 */
export default function rehypeUniqueHeadingIds() {
  return function transform(tree: Root) {
    const generated: Element[] = [];
    const authored = new Set<string>();
    const everyId = new Set<string>();
    visitElements(tree, (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      everyId.add(id);
      if (headingRank(node) !== undefined && node.data?.explicitId !== true) generated.push(node);
      else authored.add(id);
    });

    const assigned = new Set<string>();
    // Per base, the suffixes below this one are taken (both sets only grow): repeats cost one look-up each.
    const firstUntried = new Map<string, number>();
    for (const heading of generated) {
      const base = String(heading.properties.id);
      let candidate = base;
      if (authored.has(candidate) || assigned.has(candidate)) {
        let suffix = firstUntried.get(base) ?? 1;
        while (everyId.has(`${base}-${suffix}`) || assigned.has(`${base}-${suffix}`)) suffix += 1;
        firstUntried.set(base, suffix + 1);
        candidate = `${base}-${suffix}`;
      }
      heading.properties.id = candidate;
      assigned.add(candidate);
    }
  };
}
