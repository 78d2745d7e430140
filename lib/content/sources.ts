import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostDate } from './dates';
import { parsePostDate } from './dates';
import { frontMatterKeyLine, splitFrontMatter } from './front-matter';
import { parsePostFileName, postAddress, reservedAddressUse, type PostAddress } from './permalink';
import type { ContentProblem } from './problems';
import { findRedirectCollisions, normalizeRedirects } from './redirects';
import { parseFrontMatter, type FrontMatter } from './schema';
import type { ReadFileResult, SourceMemo } from './source-memo';

export const POST_FILE = /\.(md|markdown)$/i;

/**
 * Notes run to tens of kilobytes; the pipeline renders 2 MB in seconds but
 * takes minutes on ten. Larger files are refused with their size rather than
 * stalling the build.
 */
export const MAX_POST_BYTES = 4 * 1024 * 1024;

/** A post's file, read and checked, before its body is rendered: what every page needs of every post, cheaply. */
export interface PostSource {
  absolute: string;
  /** Relative to the project root, as messages show it. */
  file: string;
  meta: FrontMatter;
  slug: string;
  date: PostDate | undefined;
  address: PostAddress;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** Hugo posts (TOML front matter) have no Liquid. */
  liquid: boolean;
  draft: boolean;
  /** sha256 of the body: with the settings, it decides whether a cached rendering still stands. */
  bodyHash: string;
  /** Old addresses that lead here (`redirect_from`, `aliases`), as site paths. */
  redirects: string[];
}

export interface SourcesOptions {
  contentDir: string;
  projectRoot: string;
  includeDrafts: boolean;
  /** `next dev`'s memory of files read before: a file whose size and times are unchanged is not read again. */
  memo?: SourceMemo | undefined;
}

/** Folders never looked into for posts: hidden ones (.git, .obsidian) and installed packages. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function findPostFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !isSkippedFolder(entry.name))
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
 * Every post's file under `contentDir`: read, front matter checked, address
 * known; bodies not rendered. Problems are collected, never thrown, so one
 * broken post never hides the others.
 */
export async function readPostSources(options: SourcesOptions): Promise<{ sources: PostSource[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  let files: string[];
  try {
    files = await findPostFiles(options.contentDir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const file = path.relative(options.projectRoot, options.contentDir) || '.';
    return { sources: [], problems: [{ severity: 'error', file, message: `cannot read the content folder: ${reason}` }] };
  }

  const readOne = (absolute: string) => readPostFile(absolute, path.relative(options.projectRoot, absolute));
  const results = await Promise.all(files.map((absolute) => (options.memo ? options.memo.read(absolute, () => readOne(absolute)) : readOne(absolute))));
  options.memo?.keepOnly(files);
  const sources: PostSource[] = [];
  for (const result of results) {
    for (const problem of result.problems) problems.push(problem);
    if (result.post && (options.includeDrafts || !result.post.draft)) sources.push(result.post);
  }
  problems.push(...findAddressCollisions(sources), ...findRedirectCollisions(sources.map((post) => ({ file: post.file, urlPath: post.address.urlPath, routeSegments: post.address.routeSegments, redirects: post.redirects }))));
  return { sources: sources.sort(newestFirst), problems };
}

async function readPostFile(absolute: string, file: string): Promise<ReadFileResult> {
  const bytes = await readFile(absolute);
  if (bytes.length > MAX_POST_BYTES) {
    return { post: undefined, problems: [{ severity: 'error', file, message: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; posts larger than ${MAX_POST_BYTES / 1024 / 1024} MB are not supported (split it, or move data out of it)` }] };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { post: undefined, problems: [{ severity: 'error', file, message: 'is not UTF-8 text; save it as UTF-8' }] };
  }
  if (text.includes('\u0000')) return { post: undefined, problems: [{ severity: 'error', file, message: 'contains NUL bytes: it looks like a binary file, not Markdown' }] };
  const problems: ContentProblem[] = [];
  const post = readPostSource(text, absolute, file, problems);
  return { post, problems };
}

function readPostSource(source: string, absolute: string, file: string, problems: ContentProblem[]): PostSource | undefined {
  const split = splitFrontMatter(source, file);
  for (const problem of split.problems) problems.push(problem);
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

  const reserved = reservedAddressUse(address.address.routeSegments);
  if (reserved !== undefined) {
    const line = frontMatterKeyLine(source, 'permalink');
    problems.push({
      severity: 'error',
      file,
      ...(line !== undefined ? { line, key: 'permalink' } : {}),
      message: `is published at ${address.address.urlPath}, where the site has ${reserved}; give it another permalink or file name`,
    });
    return undefined;
  }

  const redirects: string[] = [];
  for (const key of ['redirect_from', 'aliases'] as const) {
    const values = meta[key];
    if (values === undefined) continue;
    const line = frontMatterKeyLine(source, key);
    const normalized = normalizeRedirects(values, address.address.urlPath, key, file, line);
    problems.push(...normalized.problems);
    for (const redirect of normalized.paths) {
      const use = reservedAddressUse(redirect.replace(/\.html?$/i, '').split('/').filter((segment) => segment !== ''));
      if (use !== undefined) problems.push({ severity: 'error', file, ...(line !== undefined ? { line } : {}), key, message: `"${redirect}" is where the site has ${use}; expected the post's old address` });
      else redirects.push(redirect);
    }
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
    meta,
    slug,
    date,
    address: address.address,
    body: split.body,
    bodyLine: split.bodyLine,
    liquid: split.language !== 'toml',
    draft: meta.published === false || meta.draft === true || meta.ignorePublish === true || meta.private === true || file.split(path.sep).includes('_drafts'),
    bodyHash: createHash('sha256').update(split.body).digest('hex'),
    redirects,
  };
}

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

/**
 * The home page's order: newest first, undated posts last. Ties go by title
 * as the author wrote it (the file name when the front matter has none),
 * known before any body is rendered.
 */
function newestFirst(a: PostSource, b: PostSource): number {
  const byName = (a.meta.title || a.slug).localeCompare(b.meta.title || b.slug);
  if (a.date && b.date) return Date.parse(b.date.dateTime) - Date.parse(a.date.dateTime) || byName;
  if (a.date) return -1;
  if (b.date) return 1;
  return byName;
}
