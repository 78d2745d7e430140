import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Outline } from '../outline/types';
import rehypeConferenceOutline from './plugins/rehype-conference-outline';
import rehypeExplicitHeadingIds from './plugins/rehype-explicit-heading-ids';
import rehypeHeadingAnchors from './plugins/rehype-heading-anchors';
import rehypeNormalizeHeadings from './plugins/rehype-normalize-headings';
import rehypeUniqueHeadingIds from './plugins/rehype-unique-heading-ids';
import { sanitizeSchema } from './sanitize-schema';

/** The site's own words that end up inside a post body, in the UI language. */
export interface RenderLabels {
  headingAnchorLabel: (headingText: string) => string;
  footnotes: string;
  footnoteBackLabel: (reference: string) => string;
}

export interface RenderOptions {
  /** Front matter title, if any: a leading `#` heading repeating it is dropped. */
  title?: string | undefined;
  labels: RenderLabels;
}

export interface RenderedMarkdown {
  /** Sanitised HTML tree, ready for hast-util-to-jsx-runtime. */
  tree: Root;
  /** Text of the `#` heading that stood for the title, when there was one. */
  headingTitle: string | undefined;
  /** Visible text, for reading time and summaries. */
  text: string;
  /** Days, sessions and talks; every id in it is on the page. */
  outline: Outline;
}

/**
 * Markdown (with the raw HTML old posts contain) to a sanitised hast tree.
 * Sanitising runs before our plugins, so what they add (ids, anchor links)
 * is trusted and everything the author wrote is checked.
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Footnote ids without the `user-content-` prefix, like every other id on the page.
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      footnoteLabel: options.labels.footnotes,
      footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
        options.labels.footnoteBackLabel(`${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`),
    })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeExplicitHeadingIds)
    .use(rehypeNormalizeHeadings, { title: options.title })
    .use(rehypeSlug)
    .use(rehypeUniqueHeadingIds)
    .use(rehypeConferenceOutline)
    .use(rehypeHeadingAnchors, { label: options.labels.headingAnchorLabel });
  const file = new VFile({ value: markdown });
  const tree = processor.runSync(processor.parse(file), file);
  return { tree, headingTitle: file.data.headingTitle, text: toString(tree), outline: file.data.outline ?? { entries: [] } };
}
