import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { renderMarkdown, type RenderLabels } from '../markdown/render-markdown';
import { readingMinutes } from '../reading-time';
import type { Outline } from '../outline/types';
import type { PostDate } from './dates';
import { parsePostDate } from './dates';
import { frontMatterKeyLine, splitFrontMatter } from './front-matter';
import { parsePostFileName, postAddress } from './permalink';
import type { ContentProblem } from './problems';
import { parseFrontMatter } from './schema';

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
  /** Days, sessions and talks of the body; every id in it is on the page. */
  outline: Outline;
}

export interface LoadOptions {
  /** Absolute path of the folder holding the posts. */
  contentDir: string;
  /** Root that file names in messages are relative to. */
  projectRoot: string;
  /** Drafts (`published: false`, `draft: true`, files under `_drafts/`) are listed only when true. */
  includeDrafts: boolean;
  labels: RenderLabels;
}

export interface LoadResult {
  /** Newest first; undated posts last, by title. */
  posts: Post[];
  problems: ContentProblem[];
}

const POST_FILE = /\.(md|markdown)$/i;

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

/** Loads, validates and renders every post under `contentDir`, collecting problems instead of stopping at the first. */
export async function loadPosts(options: LoadOptions): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  const posts: Post[] = [];
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

  for (const absolute of files) {
    const file = path.relative(options.projectRoot, absolute);
    let source: string;
    try {
      source = utf8.decode(await readFile(absolute));
    } catch {
      problems.push({ severity: 'error', file, message: 'is not UTF-8 text; save it as UTF-8' });
      continue;
    }
    const post = loadPost(source, file, options, problems);
    if (post && (options.includeDrafts || !post.draft)) posts.push(post);
  }

  problems.push(...findAddressCollisions(posts));
  return { posts: posts.sort(newestFirst), problems };
}

function loadPost(source: string, file: string, options: LoadOptions, problems: ContentProblem[]): Post | undefined {
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

  const rendered = renderMarkdown(split.body, { title: meta.title, labels: options.labels });
  const inDraftsFolder = file.split(path.sep).includes('_drafts');
  return {
    file,
    slug,
    urlPath: address.address.urlPath,
    routeSegments: address.address.routeSegments,
    title: meta.title || rendered.headingTitle || slug,
    description: meta.description || undefined,
    keywords: meta.keywords ?? [],
    tags: meta.tags ?? [],
    categories: meta.categories ?? [],
    date,
    lang: meta.lang,
    index: meta.index ?? true,
    comments: comments === true || (typeof comments === 'string' && comments.trim().toLowerCase() === 'disqus'),
    disqusIdentifier: meta.disqus_identifier || undefined,
    disqusUrl: meta.disqus_url,
    draft: meta.published === false || meta.draft === true || inDraftsFolder,
    readingMinutes: readingMinutes(rendered.text),
    content: rendered.tree,
    outline: rendered.outline,
  };
}

/** Two posts at one address would overwrite each other in `out/`: name both files. */
function findAddressCollisions(posts: readonly Post[]): ContentProblem[] {
  const byRoute = new Map<string, Post>();
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const key = post.routeSegments.join('/');
    const other = byRoute.get(key);
    if (other) {
      problems.push({
        severity: 'error',
        file: post.file,
        message: `is published at ${post.urlPath}, where ${other.file} is published too (${other.urlPath}); give one of them another permalink or file name`,
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
