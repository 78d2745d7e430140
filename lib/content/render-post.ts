import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { imageSize } from 'image-size';
import { visit } from 'unist-util-visit';
import { uiStrings } from '../i18n';
import rehypeBasePath from '../markdown/plugins/rehype-base-path';
import type { ImageInfo } from '../markdown/plugins/rehype-images';
import { MarkdownRefusedError, renderMarkdown, type RenderOptions } from '../markdown/render-markdown';
import { plainText } from '../markdown/plain-text';
import { firstSentence } from '../outline/first-sentence';
import { withTalkSummaries, type Outline } from '../outline/types';
import { readingMinutes } from '../reading-time';
import type { UiLanguage } from '../site-config-schema';
import { conferenceSetting } from './schema';
import { isRemoteUrl, safeDecode } from '../urls';
import { pageFolder } from './asset-folders';
import type { PostLinks } from './post-links';
import type { ContentProblem } from './problems';
import type { PostSource } from './sources';

export interface PostAsset {
  /** Absolute path of the file. */
  from: string;
  /** Site path (without base path) it is published at. */
  to: string;
}

/**
 * What a rendering consulted outside the post's own text. A cached
 * rendering stands only while each still answers the same: another post's
 * address, what a link resolves to, an image file's size and date.
 */
export type RenderDependency =
  | { kind: 'post'; reference: string; address: string | null }
  | { kind: 'link'; href: string; result: string | null | false }
  | { kind: 'file'; path: string; stamp: string };

/** Everything a build needs of a post's body, rendered once and cached (lib/content/cache.ts). */
export interface RenderedPost {
  /** The sanitised body as HTML, links under the base path. */
  html: string;
  /** The part before Hexo's `<!-- more -->`, for the home page; undefined without the marker. */
  excerptHtml: string | undefined;
  /** Text of the `#` heading that stood for the title, when there was one. */
  headingTitle: string | undefined;
  readingMinutes: number;
  /** Days, sessions and talks of the body; every id in it is on the page. */
  outline: Outline;
  /** Images referred to relative to the post, copied next to its page by scripts/finalize-export.ts. */
  assets: PostAsset[];
  /** Warnings and errors about the body, with lines of the body (front matter may grow without a new rendering). */
  problems: ContentProblem[];
  dependencies: RenderDependency[];
  /** The box sizes of its formulas, by class, for the site's KaTeX stylesheet; undefined without formulas (the page then loads no KaTeX). */
  mathStyles: Record<string, string> | undefined;
}

/** A post whose body cannot be rendered: one error naming it, line of the body (cached too: a hopeless post fails fast). */
export interface FailedRender {
  failed: ContentProblem;
  dependencies: RenderDependency[];
}

export interface RenderContext {
  links: PostLinks;
  contentDir: string;
  publicDir: string;
  uiLanguage: UiLanguage;
  /** What Jekyll's `site.url`, `site.baseurl` and `site.title` stand for in posts. */
  site: { url: string; basePath: string; title: string };
}

/** Hexo's excerpt marker, in the spellings found in the wild. */
const MORE_MARKER = /<!--\s*more\s*-->/i;

/** `src` up to its `?` or `#`, as src.replace(/[?#].*$/, '') has it, without retrying the expression at each `?` of a long line. */
function withoutQueryOrFragment(src: string): string {
  // `.` stops at any line terminator.
  const lastLine = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((terminator) => src.lastIndexOf(terminator))) + 1;
  const cut = src.slice(lastLine).search(/[?#]/);
  return cut === -1 ? src : src.slice(0, lastLine + cut);
}

/** 'missing', or the size and modification time: enough to tell that an image changed. */
export function fileStamp(absolute: string): string {
  try {
    const stats = statSync(absolute);
    return stats.isFile() ? `${stats.size}:${stats.mtimeMs}` : 'missing';
  } catch {
    return 'missing';
  }
}

/** Does every answer a rendering was built on still hold? */
export function dependenciesHold(dependencies: readonly RenderDependency[], post: PostSource, links: PostLinks): boolean {
  return dependencies.every((dependency) => {
    if (dependency.kind === 'post') return (links.postReference(dependency.reference) ?? null) === dependency.address;
    if (dependency.kind === 'link') return (links.link(post, dependency.href) ?? false) === dependency.result;
    return fileStamp(dependency.path) === dependency.stamp;
  });
}

/** The first sentence of each talk's summary, by the talk's id (lib/outline marks talks up as article.talk > .talk-summary). */
function talkSummaries(tree: Root): Map<string, string> {
  const summaries = new Map<string, string>();
  visit(tree, 'element', (node) => {
    const classes = node.properties.className;
    if (node.tagName !== 'article' || !Array.isArray(classes) || !classes.includes('talk') || typeof node.properties.id !== 'string') return undefined;
    const summary = node.children.find((child) => child.type === 'element' && Array.isArray(child.properties.className) && child.properties.className.includes('talk-summary'));
    const sentence = summary ? firstSentence(plainText(summary)) : '';
    if (sentence !== '') summaries.set(node.properties.id, sentence);
    return 'skip';
  });
  return summaries;
}

/** Occurrences of one message reported in full; the rest are counted in one more line. */
const SAME_MESSAGE_SHOWN = 10;

/**
 * A post with an unclosed `{%` repeated ten thousand times would print ten
 * thousand identical lines: each message is reported at its first lines,
 * then once more, where it recurs next, with how many more times it does.
 */
export function collapseRepeated<T extends { severity: 'error' | 'warning'; line: number; message: string }>(findings: readonly T[]): Array<T | { severity: T['severity']; line: number; message: string }> {
  const byMessage = new Map<string, T[]>();
  for (const finding of findings) {
    const same = byMessage.get(finding.message);
    if (same) same.push(finding);
    else byMessage.set(finding.message, [finding]);
  }
  const collapsed: Array<T | { severity: T['severity']; line: number; message: string }> = [];
  for (const [message, same] of byMessage) {
    collapsed.push(...same.slice(0, SAME_MESSAGE_SHOWN));
    const rest = same.slice(SAME_MESSAGE_SHOWN);
    const first = rest[0];
    if (first) collapsed.push({ severity: first.severity, line: first.line, message: `${message} (and ${rest.length} more times further on)` });
  }
  return collapsed.sort((a, b) => a.line - b.line);
}

/** Excerpts share the home page: their ids and # links would collide with each other's. */
function withoutAnchors(tree: Root): Root {
  visit(tree, 'element', (node, index, parent) => {
    delete node.properties.id;
    if (parent && index !== undefined && node.tagName === 'a' && Array.isArray(node.properties.className) && node.properties.className.includes('heading-anchor')) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return tree;
}

/**
 * Renders one post's body, recording what it looked up, so that a cached
 * copy can be checked instead of rendered again. A body that cannot be
 * rendered is an error naming the post, never a crash of the whole build.
 */
export function renderPostSource(post: PostSource, context: RenderContext): RenderedPost | FailedRender {
  const dependencies: RenderDependency[] = [];
  const postReference = (reference: string) => {
    const address = context.links.postReference(reference);
    dependencies.push({ kind: 'post', reference, address: address ?? null });
    return address;
  };
  const assets: PostAsset[] = [];
  const inspectImage = (src: string): ImageInfo | undefined => {
    if (isRemoteUrl(src) || src.startsWith('#')) return undefined;
    const clean = safeDecode(withoutQueryOrFragment(src));
    const isRootRelative = clean.startsWith('/');
    // Beside the file, else in the post's own folder (Hexo's asset folder, where `![](hall.jpg)` in x.md means x/hall.jpg).
    const candidates = isRootRelative ? [path.join(context.publicDir, clean)] : [path.dirname(post.absolute), post.assetFolder].flatMap((folder) => (folder ? [path.resolve(folder, clean)] : []));
    const inside = candidates.filter((candidate) => isRootRelative || candidate.startsWith(context.contentDir + path.sep));
    if (inside.length === 0) return { found: false };
    const stamps = inside.map((candidate) => ({ candidate, stamp: fileStamp(candidate) }));
    for (const { candidate, stamp } of stamps) dependencies.push({ kind: 'file', path: candidate, stamp });
    const found = stamps.find(({ stamp }) => stamp !== 'missing');
    if (!found) return { found: false };
    const absolute = found.candidate;
    if (!isRootRelative) assets.push({ from: absolute, to: path.posix.join(pageFolder(post.address.urlPath), clean) });
    try {
      const size = imageSize(readFileSync(absolute));
      return { found: true, width: size.width, height: size.height };
    } catch {
      return { found: true };
    }
  };
  const { meta } = post;
  const options: RenderOptions = {
    format: post.format,
    title: meta.title,
    conference: conferenceSetting(meta.conference),
    labels: uiStrings(context.uiLanguage),
    templates: { siteUrl: context.site.url, basePath: context.site.basePath, siteTitle: context.site.title, resolvePost: postReference, liquid: post.liquid },
    resolveWikilink: postReference,
    resolveLink: (href) => {
      const result = context.links.link(post, href);
      dependencies.push({ kind: 'link', href, result: result ?? false });
      return result;
    },
    inspectImage,
  };
  const toPageHtml = (tree: Root) => {
    rehypeBasePath({ basePath: context.site.basePath })(tree);
    return toHtml(tree);
  };

  try {
    const rendered = renderMarkdown(post.body, options);
    const summaries = talkSummaries(rendered.tree);
    const moreAt = post.body.search(MORE_MARKER);
    const excerpt = moreAt > 0 ? renderMarkdown(post.body.slice(0, moreAt), { ...options, inspectImage: () => undefined }).tree : undefined;
    return {
      html: toPageHtml(rendered.tree),
      excerptHtml: excerpt && toPageHtml(withoutAnchors(excerpt)),
      headingTitle: rendered.headingTitle,
      readingMinutes: readingMinutes(rendered.text),
      outline: withTalkSummaries(rendered.outline, summaries),
      assets,
      problems: collapseRepeated(rendered.findings).map((finding) => ({ severity: finding.severity, file: post.file, line: finding.line, message: finding.message })),
      dependencies,
      mathStyles: rendered.mathStyles,
    };
  } catch (error) {
    if (error instanceof MarkdownRefusedError) {
      return { failed: { severity: 'error', file: post.file, line: error.line, message: error.message }, dependencies };
    }
    if (error instanceof RangeError) {
      return { failed: { severity: 'error', file: post.file, message: `could not be rendered: its structure is too deeply nested (${error.message})` }, dependencies };
    }
    throw error;
  }
}
