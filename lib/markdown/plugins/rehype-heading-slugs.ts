import type { Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visitElements } from './walk';

/**
 * rehype-slug's behaviour: every heading without an id gets GitHub's slug
 * of its text, numbered `-1`, `-2`… when an earlier heading had the same.
 * Ours walks the tree without unist-util-visit (see walk.ts), which made
 * rehype-slug cost more than the slugs themselves.
 */
export default function rehypeHeadingSlugs() {
  return function transform(tree: Root) {
    const slugger = new GithubSlugger();
    visitElements(tree, (node) => {
      if (headingRank(node) !== undefined && !node.properties.id) node.properties.id = slugger.slug(toString(node));
    });
  };
}
