import type { Parents, Root } from 'mdast';
import type { Processor } from 'unified';

/** What mdast-util-gfm-autolink-literal's expressions need in a text to match at all. */
const CANDIDATE = /https?:\/\/|www\.|@/i;

/**
 * Use after remark-gfm. GFM's autolink-literal tree transform (the pass
 * that catches `&amp;www.example.com` and `a\@b.co`, which the tokenizer
 * leaves as text) walks the whole tree four times with
 * mdast-util-find-and-replace, one walk per expression, for every post;
 * most posts have no text it could change (bare URLs are links by then).
 * This runs it only when some text outside a link could match, so the
 * result is the same.
 */
export default function remarkLazyAutolinkLiterals(this: Processor) {
  for (const extension of (this.data('fromMarkdownExtensions') ?? []).flat()) {
    const transforms = extension.transforms;
    if (!extension.enter || !('literalAutolink' in extension.enter) || !transforms) continue;
    extension.transforms = transforms.map((transform) => (tree: Root) => (hasCandidate(tree) ? transform(tree) : undefined));
  }
}

/** A text that the transform's expressions could match, outside links (which it leaves alone). */
function hasCandidate(parent: Parents): boolean {
  for (const node of parent.children) {
    if (node.type === 'text') {
      if (CANDIDATE.test(node.value)) return true;
    } else if (node.type !== 'link' && node.type !== 'linkReference' && 'children' in node && hasCandidate(node)) {
      return true;
    }
  }
  return false;
}
