import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { imageSize } from 'image-size';
import type { ImageInfo } from '../markdown/plugins/rehype-images';
import { MarkdownRefusedError, renderMarkdown, type RenderLabels, type RenderOptions } from '../markdown/render-markdown';
import { readingMinutes } from '../reading-time';
import { isRemoteUrl, safeDecode } from '../urls';
import type { Outline } from '../outline/types';
import type { PostDate } from './dates';
import { parsePostDate } from './dates';
import { frontMatterKeyLine, splitFrontMatter } from './front-matter';
import { parsePostFileName, postAddress, type PostAddress } from './permalink';
import type { ContentProblem } from './problems';
import { parseFrontMatter, type FrontMatter } from './schema';

export interface Post {
  /** Source file, relative to the project root (as messages show it). */
  file: string;
  slug: string;
  /** Address without base path, such as '/2019/11/30/flink-forward-asia.html'. */
  urlPath: string;
  routeSegments: string[];
  title: string;
  description: string | undefined;
  keywords: string[];
  tags: string[];
  categories: string[];
  date: PostDate | undefined;
  lang: string | undefined;
  /** false: noindex, nofollow; left out of feed and sitemap. */
  index: boolean;
  comments: boolean;
  /** Front matter `disqus_identifier`: the thread to show, for posts whose old embed set one. */
  disqusIdentifier: string | undefined;
  /** Front matter `disqus_url`: the address the thread was created at, for posts that moved. */
  disqusUrl: string | undefined;
  draft: boolean;
  readingMinutes: number;
  /** The sanitised body, rendered once per build. */
  content: Root;
  /** The part before Hexo's `<!-- more -->`, for the home page; undefined without the marker. */
  excerpt: Root | undefined;
  /** Days, sessions and talks of the body; every id in it is on the page. */
  outline: Outline;
  /** Images referred to relative to the post, copied next to its page by scripts/finalize-export.ts. */
  assets: PostAsset[];
}

export interface PostAsset {
  /** Absolute path of the file. */
  from: string;
  /** Site path (without base path) it is published at. */
  to: string;
}

export interface LoadOptions {
  /** Absolute path of the folder holding the posts. */
  contentDir: string;
  /** Root that file names in messages are relative to. */
  projectRoot: string;
  /** Where root-relative images ('/images/a.png') are served from: the project's public/ folder. */
  publicDir: string;
  /** Drafts (`published: false`, `draft: true`, files under `_drafts/`) are listed only when true. */
  includeDrafts: boolean;
  labels: RenderLabels;
  /** What Jekyll's `site.url`, `site.baseurl` and `site.title` stand for in posts. */
  site: { url: string; basePath: string; title: string };
}

export interface LoadResult {
  /** Newest first; undated posts last, by title. */
  posts: Post[];
  problems: ContentProblem[];
}

const POST_FILE = /\.(md|markdown)$/i;
/** Hexo's excerpt marker, in the spellings found in the wild. */
const MORE_MARKER = /<!--\s*more\s*-->/i;

async function findPostFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map(async (entry) => {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) return findPostFiles(full);
        return entry.isFile() && POST_FILE.test(entry.name) ? [full] : [];
      }),
  );
  return nested.flat().sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Notes run to tens of kilobytes; the pipeline renders 2 MB in seconds but
 * takes minutes on ten. Larger files are refused with their size rather than
 * stalling the build.
 */
export const MAX_POST_BYTES = 4 * 1024 * 1024;

/** A post's file, read and checked, before its body is rendered. */
interface PostSource {
  absolute: string;
  file: string;
  source: string;
  meta: FrontMatter;
  slug: string;
  date: PostDate | undefined;
  address: PostAddress;
  body: string;
  bodyLine: number;
  /** Hugo posts (TOML front matter) have no Liquid. */
  liquid: boolean;
  draft: boolean;
}

/**
 * Loads, validates and renders every post under `contentDir`, collecting
 * problems instead of stopping at the first. Two passes: every post's
 * address is known before any body is rendered, so that links between posts
 * (`{% post_url %}`, `{{< ref >}}`, `[[wikilinks]]`, `./other.md`) resolve.
 */
export async function loadPosts(options: LoadOptions): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  let files: string[];
  try {
    files = await findPostFiles(options.contentDir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      posts: [],
      problems: [{ severity: 'error', file: path.relative(options.projectRoot, options.contentDir) || '.', message: `cannot read the content folder: ${reason}` }],
    };
  }

  const sources: PostSource[] = [];
  for (const absolute of files) {
    const file = path.relative(options.projectRoot, absolute);
    const bytes = await readFile(absolute);
    if (bytes.length > MAX_POST_BYTES) {
      problems.push({ severity: 'error', file, message: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; posts larger than ${MAX_POST_BYTES / 1024 / 1024} MB are not supported (split it, or move data out of it)` });
      continue;
    }
    let source: string;
    try {
      source = utf8.decode(bytes);
    } catch {
      problems.push({ severity: 'error', file, message: 'is not UTF-8 text; save it as UTF-8' });
      continue;
    }
    if (source.includes('\u0000')) {
      problems.push({ severity: 'error', file, message: 'contains NUL bytes: it looks like a binary file, not Markdown' });
      continue;
    }
    const post = readPostSource(source, absolute, file, problems);
    if (post && (options.includeDrafts || !post.draft)) sources.push(post);
  }
  problems.push(...findAddressCollisions(sources));

  const links = new PostLinks(sources, options);
  const posts = sources.flatMap((post) => {
    const rendered = renderSafely(post, options, links, problems);
    return rendered ? [rendered] : [];
  });
  return { posts: posts.sort(newestFirst), problems };
}

function readPostSource(source: string, absolute: string, file: string, problems: ContentProblem[]): PostSource | undefined {
  const split = splitFrontMatter(source, file);
  problems.push(...split.problems);
  if (split.problems.some((problem) => problem.severity === 'error')) return undefined;

  const parsed = parseFrontMatter(split.data);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const topKey = issue.key?.split('.')[0];
      const line = topKey !== undefined ? frontMatterKeyLine(source, topKey) : undefined;
      problems.push({
        severity: 'error',
        file,
        ...(line !== undefined ? { line } : {}),
        ...(issue.key !== undefined ? { key: issue.key } : {}),
        message: issue.message,
      });
    }
    return undefined;
  }
  const meta = parsed.data;
  const { datePrefix, slug } = parsePostFileName(path.basename(file));
  const date = meta.date ?? (datePrefix !== undefined ? parsePostDate(datePrefix) : undefined);
  if (meta.date === undefined && datePrefix !== undefined && date === undefined) {
    problems.push({ severity: 'error', file, message: `the file name starts with "${datePrefix}", which is not a real date (expected YYYY-MM-DD-slug.md)` });
    return undefined;
  }

  const address = postAddress({ slug, date, permalink: meta.permalink });
  if (!address.ok) {
    const line = frontMatterKeyLine(source, 'permalink');
    problems.push({ severity: 'error', file, ...(line !== undefined ? { line } : {}), key: 'permalink', message: address.message });
    return undefined;
  }

  const comments = meta.comments;
  if (typeof comments === 'string' && comments.trim().toLowerCase() !== 'disqus') {
    const line = frontMatterKeyLine(source, 'comments');
    problems.push({
      severity: 'warning',
      file,
      ...(line !== undefined ? { line } : {}),
      key: 'comments',
      message: `"${comments}" is not a supported comment service (only disqus); comments are off for this post`,
    });
  }

  return {
    absolute,
    file,
    source,
    meta,
    slug,
    date,
    address: address.address,
    body: split.body,
    bodyLine: split.bodyLine,
    liquid: split.language !== 'toml',
    draft: meta.published === false || meta.draft === true || meta.ignorePublish === true || meta.private === true || file.split(path.sep).includes('_drafts'),
  };
}

/** A post that cannot be rendered is an error naming it, never a crash of the whole build. */
function renderSafely(post: PostSource, options: LoadOptions, links: PostLinks, problems: ContentProblem[]): Post | undefined {
  try {
    return renderPost(post, options, links, problems);
  } catch (error) {
    if (error instanceof MarkdownRefusedError) {
      problems.push({ severity: 'error', file: post.file, line: error.line + post.bodyLine - 1, message: error.message });
      return undefined;
    }
    if (error instanceof RangeError) {
      problems.push({ severity: 'error', file: post.file, message: `could not be rendered: its structure is too deeply nested (${error.message})` });
      return undefined;
    }
    throw error;
  }
}

function renderPost(post: PostSource, options: LoadOptions, links: PostLinks, problems: ContentProblem[]): Post {
  const { meta } = post;
  const assets: PostAsset[] = [];
  const renderOptions: RenderOptions = {
    title: meta.title,
    labels: options.labels,
    templates: { siteUrl: options.site.url, basePath: options.site.basePath, siteTitle: options.site.title, resolvePost: (reference) => links.postReference(reference), liquid: post.liquid },
    resolveWikilink: (name) => links.postReference(name),
    resolveLink: (href) => links.link(post, href),
    inspectImage: (src) => inspectImage(post, src, options, assets),
  };
  const rendered = renderMarkdown(post.body, renderOptions);
  for (const finding of rendered.findings) {
    problems.push({ severity: finding.severity, file: post.file, line: finding.line + post.bodyLine - 1, message: finding.message });
  }
  const moreAt = post.body.search(MORE_MARKER);
  const excerpt = moreAt > 0 ? withoutAnchors(renderMarkdown(post.body.slice(0, moreAt), { ...renderOptions, inspectImage: () => undefined }).tree) : undefined;
  const comments = meta.comments;
  return {
    file: post.file,
    slug: post.slug,
    urlPath: post.address.urlPath,
    routeSegments: post.address.routeSegments,
    title: meta.title || rendered.headingTitle || post.slug,
    description: meta.description || undefined,
    keywords: meta.keywords ?? [],
    tags: meta.tags ?? [],
    categories: meta.categories ?? [],
    date: post.date,
    lang: meta.lang,
    index: meta.index ?? true,
    comments: comments === true || (typeof comments === 'string' && comments.trim().toLowerCase() === 'disqus'),
    disqusIdentifier: meta.disqus_identifier || undefined,
    disqusUrl: meta.disqus_url,
    draft: post.draft,
    readingMinutes: readingMinutes(rendered.text),
    content: rendered.tree,
    excerpt,
    outline: rendered.outline,
    assets,
  };
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

/** `src` up to its `?` or `#`, as src.replace(/[?#].*$/, '') has it, without retrying the expression at each `?` of a long line. */
function withoutQueryOrFragment(src: string): string {
  // `.` stops at any line terminator.
  const lastLine = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((terminator) => src.lastIndexOf(terminator))) + 1;
  const cut = src.slice(lastLine).search(/[?#]/);
  return cut === -1 ? src : src.slice(0, lastLine + cut);
}

/** Local images: found or not, their size, and (for paths relative to the post) a copy next to the published page. */
function inspectImage(post: PostSource, src: string, options: LoadOptions, assets: PostAsset[]): ImageInfo | undefined {
  if (isRemoteUrl(src) || src.startsWith('#')) return undefined;
  const clean = safeDecode(withoutQueryOrFragment(src));
  const isRootRelative = clean.startsWith('/');
  const absolute = isRootRelative ? path.join(options.publicDir, clean) : path.resolve(path.dirname(post.absolute), clean);
  if (!isRootRelative && !absolute.startsWith(options.contentDir + path.sep)) return { found: false };
  if (!existsSync(absolute) || !statSync(absolute).isFile()) return { found: false };
  if (!isRootRelative) {
    const pageDirectory = post.address.urlPath.endsWith('/') ? post.address.urlPath : path.posix.dirname(post.address.urlPath);
    assets.push({ from: absolute, to: path.posix.join(pageDirectory, clean) });
  }
  try {
    const size = imageSize(readFileSync(absolute));
    return { found: true, width: size.width, height: size.height };
  } catch {
    return { found: true };
  }
}


/** Finds posts by the names authors use for them in links. */
class PostLinks {
  private readonly byName = new Map<string, PostSource>();
  private readonly byAbsolute = new Map<string, PostSource>();
  private readonly byAddress = new Set<string>();

  constructor(
    posts: readonly PostSource[],
    private readonly options: LoadOptions,
  ) {
    for (const post of posts) {
      const stem = path.basename(post.file).replace(POST_FILE, '');
      for (const name of [stem, post.slug]) if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), post);
      this.byAbsolute.set(post.absolute, post);
      this.byAddress.add(post.address.urlPath);
    }
  }

  /** Root-relative, like every link in a post body: the page adds the base path when it renders links. */
  private addressOf(post: PostSource): string {
    return post.address.urlPath;
  }

  /** `{% post_url 2019-11-30-flink-forward-asia %}`, `{{< ref "posts/flink-forward-asia.md" >}}`, `[[flink-forward-asia]]`. */
  postReference(reference: string): string | undefined {
    const name = path.posix.basename(reference.trim()).replace(POST_FILE, '').toLowerCase();
    const post = this.byName.get(name);
    return post ? this.addressOf(post) : undefined;
  }


  link(from: PostSource, href: string): string | null | undefined {
    if (isRemoteUrl(href)) return undefined;
    const [target = '', anchor] = href.split('#');
    const withAnchor = (address: string) => (anchor !== undefined ? `${address}#${anchor}` : address);
    if (POST_FILE.test(target)) {
      const absolute = target.startsWith('/') ? path.join(this.options.contentDir, safeDecode(target)) : path.resolve(path.dirname(from.absolute), safeDecode(target));
      const post = this.byAbsolute.get(absolute) ?? this.byName.get(path.basename(absolute).replace(POST_FILE, '').toLowerCase());
      return post ? withAnchor(this.addressOf(post)) : null;
    }
    if (target.startsWith('/') && POST_ADDRESS.test(target)) {
      const local = target.startsWith(`${this.options.site.basePath}/`) && this.options.site.basePath !== '' ? target.slice(this.options.site.basePath.length) : target;
      return this.byAddress.has(safeDecode(local)) || existsSync(path.join(this.options.publicDir, safeDecode(local))) ? undefined : null;
    }
    return undefined;
  }
}

/** Addresses that can only be posts: Jekyll's dated ones and our /notes/ ones. */
const POST_ADDRESS = /^\/(?:.*\/)?(?:\d{4}\/\d{2}\/\d{2}\/[^/]+\.html|notes\/[^/]+\.html)$/;

/** Two posts at one address would overwrite each other in `out/`: name both files. */
function findAddressCollisions(posts: readonly PostSource[]): ContentProblem[] {
  const byRoute = new Map<string, PostSource>();
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const key = post.address.routeSegments.join('/');
    const other = byRoute.get(key);
    if (other) {
      problems.push({
        severity: 'error',
        file: post.file,
        message: `is published at ${post.address.urlPath}, where ${other.file} is published too (${other.address.urlPath}); give one of them another permalink or file name`,
      });
    } else {
      byRoute.set(key, post);
    }
  }
  return problems;
}

function newestFirst(a: Post, b: Post): number {
  if (a.date && b.date) return Date.parse(b.date.dateTime) - Date.parse(a.date.dateTime) || a.title.localeCompare(b.title);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title);
}
