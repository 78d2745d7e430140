import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visitElements } from './walk';

/** Alt texts of the images in a heading: what an image-only heading is called. */
function altText(node: Element): string {
  return node.children
    .map((child) => (child.type !== 'element' ? '' : child.tagName === 'img' && typeof child.properties.alt === 'string' ? child.properties.alt : altText(child)))
    .join(' ');
}

/**
 * rehype-slug keeps generated slugs unique among themselves, but knows
 * nothing of the ids authors set (legacy anchors, `{#id}`, raw HTML). Those
 * win: a generated heading id that collides with one of them, or with an
 * earlier heading, gets the first `-1`, `-2`… suffix that no element on the
 * page uses, so every in-page link has exactly one target. A heading whose
 * text makes no slug ('!!!', an emoji, an image) is named after its images'
 * alt text, else 'section': no heading is left with an empty id.
 */
export default function rehypeUniqueHeadingIds() {
  return function transform(tree: Root) {
    const generated: Element[] = [];
    const authored = new Set<string>();
    const everyId = new Set<string>();
    visitElements(tree, (node) => {
      const id = node.properties.id;
      const isGenerated = headingRank(node) !== undefined && node.data?.explicitId !== true;
      // rehype-slug numbers empty slugs ('', '-1', '-2'…): a text that makes no slug gets a name instead.
      if (isGenerated && slug(toString(node)) === '') node.properties.id = slug(altText(node)) || 'section';
      else if (typeof id !== 'string' || id === '') return;
      const final = String(node.properties.id);
      everyId.add(final);
      if (isGenerated) generated.push(node);
      else authored.add(final);
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
