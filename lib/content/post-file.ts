import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inTimeZone, parsePostDate, type PostDate } from './dates';
import { frontMatterKeyLine, splitFrontMatter } from './front-matter';
import { DEFAULT_PERMALINK, pageAddress, parsePostFileName, postAddress, reservedAddressUse, toSlug, type PostAddress } from './permalink';
import type { ContentProblem } from './problems';
import { normalizeRedirects } from './redirects';
import { parseFrontMatter, type FrontMatter } from './schema';

/** Markdown posts, and HTML ones (front matter, then an HTML body, as Jekyll and Hugo allow). */
export const POST_FILE = /\.(md|markdown|html?)$/i;
const HTML_FILE = /\.html?$/i;

/** Files under this folder of the content folder are pages (about, contact), not posts. */
export const PAGES_FOLDER = '_pages';

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
  /** A post (home page, feeds, talk index) or a page (about, contact: published at its address, listed nowhere). */
  kind: 'post' | 'page';
  /** How the body is written: Markdown, or HTML (a `.html` file). */
  format: 'markdown' | 'html';
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

/** How posts get their address: the site's settings (site.config.ts). */
export interface Addressing {
  /** Pattern of the address of posts without a `permalink` of their own. */
  permalink?: string | undefined;
  /** IANA time zone the dates in addresses are in; the dates as written when unset. */
  timeZone?: string | undefined;
}

/** One file, read and checked: its post (undefined when it cannot be one) and its problems. */
export interface ReadFileResult {
  post: PostSource | undefined;
  problems: ContentProblem[];
  /** A draft, from its front matter or folder, even when the front matter is broken: its errors do not stop a build that leaves it out. */
  draft: boolean;
  /** An `.html` file without front matter: a file to publish as it is (in a post's folder), not a post. */
  notAPost?: true;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Front matter keys that make a draft, read from the text so that a draft
 * whose front matter does not parse is still known as one.
 */
const DRAFT_KEY = /^\s*["']?(?:draft|ignorePublish|private)["']?\s*[:=]\s*["']?(?:true|yes|on)\b|^\s*["']?published["']?\s*[:=]\s*["']?(?:false|no|off)\b/im;

function inDraftsFolder(file: string): boolean {
  return file.split(/[\\/]/).includes('_drafts');
}

export interface PostFileContext {
  contentDir: string;
  addressing: Addressing;
}

/**
 * Reads and checks one file of the content folder. Problems are collected,
 * never thrown. The read is synchronous: posts are small, and `next dev`
 * makes each of a thousand file promises cost far more than the read.
 */
export function readPostFile(absolute: string, file: string, context: PostFileContext): ReadFileResult {
  const bytes = readFileSync(absolute);
  const folderDraft = inDraftsFolder(file);
  if (bytes.length > MAX_POST_BYTES) {
    return { post: undefined, draft: folderDraft, problems: [{ severity: 'error', file, message: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; posts larger than ${MAX_POST_BYTES / 1024 / 1024} MB are not supported (split it, or move data out of it)` }] };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { post: undefined, draft: folderDraft, problems: [{ severity: 'error', file, message: 'is not UTF-8 text; save it as UTF-8' }] };
  }
  if (text.includes('\u0000')) return { post: undefined, draft: folderDraft, problems: [{ severity: 'error', file, message: 'contains NUL bytes: it looks like a binary file, not Markdown' }] };
  if (HTML_FILE.test(absolute) && !/^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.test(text)) return { post: undefined, draft: folderDraft, problems: [], notAPost: true };
  const problems: ContentProblem[] = [];
  const frontMatterEnd = text.search(/\n(---|\+\+\+)[ \t]*\r?\n/);
  const draft = folderDraft || DRAFT_KEY.test(frontMatterEnd > 0 ? text.slice(0, frontMatterEnd) : '');
  const post = readPostSource(text, absolute, file, context, problems);
  return { post, problems, draft: post?.draft ?? draft };
}

/** `x/index.md` (a Hugo page bundle) is named after its folder. */
function fileSlug(absolute: string): { datePrefix?: string; slug: string } {
  const parsed = parsePostFileName(path.basename(absolute));
  if (parsed.slug !== 'index' && parsed.slug !== '_index') return parsed;
  return parsePostFileName(path.basename(path.dirname(absolute)));
}

function readPostSource(source: string, absolute: string, file: string, context: PostFileContext, problems: ContentProblem[]): PostSource | undefined {
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
  const named = fileSlug(absolute);
  const slug = meta.slug !== undefined && meta.slug !== '' ? toSlug(meta.slug) : named.slug;
  const writtenDate = meta.date ?? (named.datePrefix !== undefined ? parsePostDate(named.datePrefix) : undefined);
  if (meta.date === undefined && named.datePrefix !== undefined && writtenDate === undefined) {
    problems.push({ severity: 'error', file, message: `the file name starts with "${named.datePrefix}", which is not a real date (expected YYYY-MM-DD-slug.md)` });
    return undefined;
  }
  const { timeZone, permalink: sitePermalink = DEFAULT_PERMALINK } = context.addressing;
  const date = writtenDate && timeZone ? inTimeZone(writtenDate, timeZone) : writtenDate;

  const inContent = path.relative(context.contentDir, absolute).split(path.sep);
  const kind = inContent[0] === PAGES_FOLDER ? 'page' : 'post';
  const address =
    kind === 'page'
      ? pageAddress(inContent.slice(1).join('/'), meta.permalink, slug)
      : postAddress({ slug, date, categories: meta.categories, section: inContent.length > 1 ? inContent[0] : '', permalink: meta.permalink }, sitePermalink);
  if (!address.ok) {
    const line = frontMatterKeyLine(source, 'permalink');
    problems.push({ severity: 'error', file, ...(line !== undefined ? { line } : {}), ...(meta.permalink !== undefined ? { key: 'permalink' } : {}), message: address.message });
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
    kind,
    format: HTML_FILE.test(absolute) ? 'html' : 'markdown',
    meta,
    slug,
    date,
    address: address.address,
    body: split.body,
    bodyLine: split.bodyLine,
    liquid: split.language !== 'toml',
    draft: meta.published === false || meta.draft === true || meta.ignorePublish === true || meta.private === true || inDraftsFolder(file),
    bodyHash: createHash('sha256').update(split.body).digest('hex'),
    redirects,
  };
}
