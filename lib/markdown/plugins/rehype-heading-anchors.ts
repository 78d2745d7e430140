import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { SKIP, visitElements } from './walk';

export interface HeadingAnchorsOptions {
  /** Accessible name of the link, from the heading's text ('Link to “Day 1”'). */
  label: (headingText: string) => string;
  /** Class of the link, for styling. */
  className?: string;
}

/**
 * Appends a `#` link to every heading that has an id (or, for a talk title,
 * whose talk has one), like
 * rehype-autolink-headings' `append` behaviour: visible on hover and focus,
 * reachable by keyboard, named for screen readers.
 */
export default function rehypeHeadingAnchors(options: HeadingAnchorsOptions) {
  const className = options.className ?? 'heading-anchor';
  return function transform(tree: Root) {
    visitElements(tree, (heading) => {
      const id = heading.properties.id ?? heading.data?.anchorTarget;
      if (headingRank(heading) === undefined || typeof id !== 'string' || id === '') return;
      // An image-only heading is named by its image's alt text.
      const image = heading.children.find((child) => child.type === 'element' && child.tagName === 'img');
      const alt = image?.type === 'element' && typeof image.properties.alt === 'string' ? image.properties.alt : '';
      const text = (toString(heading) || alt).replace(/\s+/g, ' ').trim();
      heading.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: [className], href: `#${id}`, ariaLabel: options.label(text) },
        children: [{ type: 'text', value: '#' }],
      });
      return SKIP;
    });
  };
}
