import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';

/**
 * rehype-slug keeps generated slugs unique among themselves, but knows
 * nothing of the ids authors set (legacy anchors, `{#id}`, raw HTML). Those
 * win: a generated heading id that collides with any other id on the page
 * gets the next free `-1`, `-2`… suffix, so every in-page link has exactly
 * one target.
 */
export default function rehypeUniqueHeadingIds() {
  return function transform(tree: Root) {
    const generated: Element[] = [];
    const taken = new Set<string>();
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      if (headingRank(node) !== undefined && node.data?.explicitId !== true) generated.push(node);
      else taken.add(id);
    });

    for (const heading of generated) {
      const base = String(heading.properties.id);
      let candidate = base;
      for (let suffix = 1; taken.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
      heading.properties.id = candidate;
      taken.add(candidate);
    }
  };
}
