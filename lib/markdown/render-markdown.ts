import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Outline } from '../outline/types';
import rehypeConferenceOutline from './plugins/rehype-conference-outline';
import rehypeDropEmptyHeadings from './plugins/rehype-drop-empty-headings';
import rehypeEmbeds from './plugins/rehype-embeds';
import rehypeExplicitHeadingIds from './plugins/rehype-explicit-heading-ids';
import rehypeHeadingAnchors from './plugins/rehype-heading-anchors';
import rehypeSlug from 'rehype-slug';
import rehypeImages, { type ImageInfo } from './plugins/rehype-images';
import rehypeInternalLinks from './plugins/rehype-internal-links';
import rehypeKramdownAttributes from './plugins/rehype-kramdown-attributes';
import rehypeNormalizeHeadings from './plugins/rehype-normalize-headings';
import rehypeRawWhereNeeded from './plugins/rehype-raw-where-needed';
import rehypeReportUnsafe from './plugins/rehype-report-unsafe';
import rehypeCodeBlocks from './plugins/rehype-code-blocks';
import rehypeCodeMeta from './plugins/rehype-code-meta';
import rehypeKatexClasses from './plugins/rehype-katex-classes';
import remarkMathOnDemand from './math-on-demand';
import { convertMathJaxDelimiters } from './mathjax-delimiters';
import { plainText } from './plain-text';
import rehypeToc from './plugins/rehype-toc';
import rehypeUniqueHeadingIds from './plugins/rehype-unique-heading-ids';
import remarkLazyAutolinkLiterals from './plugins/remark-lazy-autolink-literals';
import remarkMarkdownInHtml from './plugins/remark-markdown-in-html';
import remarkWikilinks from './plugins/remark-wikilinks';
import remarkGfmOnDemand from './gfm-on-demand';
import { listItem } from './list-item-handler';
import { findExcessiveNesting, MAX_NESTING } from './nesting';
import remarkParseInBlocks from './parse-in-blocks';
import { findExcessiveCost } from './render-cost';
import { sanitizeSchema } from './sanitize-schema';
import { expandTemplates, type TemplateContext, type TemplateFinding } from './templates';

const htmlParser = unified().use(rehypeParse, { fragment: true });

/** Text that may hold a code block with a language: a fence, or raw <pre>. */
const CODE_BLOCK = /```|~~~|<pre\b/i;

/** Text that may hold what rehype-report-unsafe reports: a script or style element, an event handler, a script URL. */
const MAY_BE_UNSAFE = /<(?:script|style)\b|\son[a-z]+\s*=|(?:javascript|vbscript|data)\s*:/i;

/** Input the pipeline refuses to render, with the line that shows why. */
export class MarkdownRefusedError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'MarkdownRefusedError';
  }
}

/** Blockquotes or lists nested deeper than the parsers can follow. */
export class MarkdownTooDeepError extends MarkdownRefusedError {
  override name = 'MarkdownTooDeepError';
}

/** Markdown that would take longer to render than a build may wait (see render-cost.ts). */
export class MarkdownTooCostlyError extends MarkdownRefusedError {
  override name = 'MarkdownTooCostlyError';
}

/** The site's own words that end up inside a post body, in the UI language. */
export interface RenderLabels {
  headingAnchorLabel: (headingText: string) => string;
  footnotes: string;
  footnoteBackLabel: (reference: string) => string;
  tableOfContents: string;
  /** The caption of a diagram shown as its source. */
  diagramSource: string;
}

export interface RenderOptions {
  /** How the body is written: Markdown (the default), or HTML (Jekyll's and Hugo's `.html` posts), taken as raw HTML is. */
  format?: 'markdown' | 'html' | undefined;
  /** Front matter title, if any: a leading `#` heading repeating it is dropped. */
  title?: string | undefined;
  /** Front matter `conference`: true or a name (conference notes), false (an article), absent (decided by day markers). */
  conference?: boolean | string | undefined;
  labels: RenderLabels;
  /** Jekyll Liquid and Hugo shortcodes; without it the Markdown is taken as written. */
  templates?: Omit<TemplateContext, 'pageTitle'> | undefined;
  /** Obsidian `[[name]]`: the address of the post with that file name. */
  resolveWikilink?: ((name: string) => string | undefined) | undefined;
  /** Links to other posts: see rehype-internal-links. */
  resolveLink?: ((href: string) => string | null | undefined) | undefined;
  /** Local images: see rehype-images. */
  inspectImage?: ((src: string) => ImageInfo | undefined) | undefined;
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
  /** Template, link and image problems, with 1-based lines of the Markdown given. */
  findings: TemplateFinding[];
  /** The box sizes of the post's formulas, by class, for the site's KaTeX stylesheet; undefined without formulas. */
  mathStyles: Record<string, string> | undefined;
}

/**
 * Markdown (with the raw HTML and template syntax old posts contain) to a
 * sanitised hast tree. kramdown attribute lists apply before the sanitiser,
 * so only what it allows survives; our plugins run after it, so what they
 * add (ids, anchor links, embeds' sandbox) is trusted and everything the
 * author wrote is checked.
 */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
  const nesting = options.format === 'html' ? undefined : findExcessiveNesting(markdown);
  if (nesting) {
    throw new MarkdownTooDeepError(
      nesting.line,
      `nests ${nesting.depth} blockquote or list levels deep; more than ${MAX_NESTING} are not supported`,
    );
  }
  // MathJax's \(…\) and \[…\] become the math syntax typeset below (same lines).
  const source = options.format === 'html' ? markdown : convertMathJaxDelimiters(markdown);
  const expanded = options.templates
    ? expandTemplates(source, { ...options.templates, pageTitle: options.title ?? '' })
    : { markdown: source, findings: [], hasTocMarker: false, sourceLine: (line: number) => line };
  const file = new VFile({ value: expanded.markdown });
  // Only fenced blocks and <pre> carry a language: posts without them skip the code passes.
  const hasCode = CODE_BLOCK.test(expanded.markdown);
  let parsed: Root;
  if (options.format === 'html') {
    parsed = htmlParser.parse(file);
  } else {
    // After expansion: a few bytes of shortcode can become many of HTML.
    const cost = findExcessiveCost(expanded.markdown);
    if (cost) throw new MarkdownTooCostlyError(expanded.sourceLine(cost.line), cost.message);
    const markdownToHtml = unified()
      .use(remarkParseInBlocks)
      .use(remarkGfmOnDemand)
      .use(remarkMathOnDemand)
      .use(remarkLazyAutolinkLiterals)
      .use(remarkMarkdownInHtml)
      .use(remarkWikilinks, { resolve: options.resolveWikilink ?? (() => undefined) })
      .use(remarkRehype, {
        allowDangerousHtml: true,
        handlers: { listItem },
        // Footnote ids without the `user-content-` prefix, like every other id on the page.
        clobberPrefix: '',
        footnoteLabel: options.labels.footnotes,
        footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
          options.labels.footnoteBackLabel(`${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`),
      })
      // Before raw HTML is parsed: that rebuilds the tree, and a fence's options live in element data.
      .use(hasCode ? [rehypeCodeMeta] : [])
      .use(rehypeRawWhereNeeded)
      .use(rehypeKramdownAttributes);
    parsed = markdownToHtml.runSync(markdownToHtml.parse(file), file);
  }
  const htmlPipeline = unified()
    // Most posts hold nothing the sanitiser removes: they skip the walk that reports it.
    .use(MAY_BE_UNSAFE.test(expanded.markdown) ? [rehypeReportUnsafe] : [])
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeEmbeds)
    .use(hasCode ? [[rehypeCodeBlocks, { labels: { diagram: options.labels.diagramSource } }]] : [])
    // Before the outline wraps days in sections: "the first blocks" are the author's.
    .use(rehypeImages, { inspect: options.inspectImage ?? (() => undefined) })
    .use(rehypeDropEmptyHeadings)
    .use(rehypeExplicitHeadingIds)
    .use(rehypeNormalizeHeadings, { title: options.title })
    .use(rehypeSlug)
    .use(rehypeUniqueHeadingIds)
    .use(rehypeConferenceOutline, { conference: options.conference })
    .use(rehypeToc, { label: options.labels.tableOfContents })
    .use(rehypeInternalLinks, { resolve: options.resolveLink ?? (() => undefined) })
    .use(rehypeHeadingAnchors, { label: options.labels.headingAnchorLabel })
    // Last: headings, ids and the outline read a formula as its TeX.
    .use(expanded.markdown.includes('$') ? [rehypeKatexClasses] : []);
  const tree = htmlPipeline.runSync(parsed, file);
  // Plugins see lines of the expanded text; authors read the lines of their file.
  const pluginFindings = (file.data.findings ?? []).map((finding) => ({ ...finding, line: expanded.sourceLine(finding.line) }));
  return {
    tree,
    headingTitle: file.data.headingTitle,
    text: plainText(tree),
    mathStyles: file.data.mathStyles,
    outline: file.data.outline ?? { kind: 'article', kindReason: 'the outline was not built', entries: [] },
    findings: [...expanded.findings, ...pluginFindings].sort((a, b) => a.line - b.line),
  };
}
