import type { PostDate } from './dates';
import { EMPTY_ROUTE_SEGMENT } from '../empty-routes';

export interface PostAddress {
  /** The address readers and Disqus know, without base path: '/2019/11/30/flink-forward-asia.html'. */
  urlPath: string;
  /** Segments of the Next.js route that renders it; the export writes `segments.join('/') + '.html'`. */
  routeSegments: string[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Jekyll's post file name: optional 'YYYY-MM-DD-' prefix, then the slug. */
export function parsePostFileName(fileName: string): { datePrefix?: string; slug: string } {
  const stem = fileName.replace(/\.(md|markdown)$/i, '');
  const match = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/.exec(stem);
  const slug = (match ? match[2] : stem) ?? stem;
  return {
    ...(match?.[1] !== undefined ? { datePrefix: match[1] } : {}),
    slug: slug.trim().replace(/\s+/g, '-'),
  };
}

/**
 * Where a post is published: its `permalink` if it has one, else where
 * Jekyll put dated posts (/YYYY/MM/DD/slug.html), else /notes/slug.html.
 * Jekyll's `:year`, `:month`, `:day`, `:title` and `:slug` placeholders work
 * in permalinks. A permalink ending in '/' is published as that folder's
 * index.html.
 */
export function postAddress(input: { slug: string; date?: PostDate | undefined; permalink?: string | undefined }):
  | { ok: true; address: PostAddress }
  | { ok: false; message: string } {
  const { slug, date } = input;
  let urlPath: string;
  if (input.permalink !== undefined) {
    const missingDate = /:(year|month|day)\b/.test(input.permalink) && date === undefined;
    if (missingDate) return { ok: false, message: `permalink "${input.permalink}" uses a date placeholder, but the post has no date` };
    urlPath = input.permalink.replace(/:(year|month|day|title|slug)\b/g, (_, name: string) => {
      if (name === 'title' || name === 'slug') return slug;
      if (!date) return '';
      return name === 'year' ? String(date.year) : pad(name === 'month' ? date.month : date.day);
    });
    const unknown = /:[a-z_]+/i.exec(urlPath.replace(/^[a-z]+:\/\//i, ''));
    if (unknown) return { ok: false, message: `permalink "${input.permalink}" uses the unknown placeholder "${unknown[0]}" (known: :year :month :day :title :slug)` };
  } else if (date) {
    urlPath = `/${date.year}/${pad(date.month)}/${pad(date.day)}/${slug}.html`;
  } else {
    urlPath = `/notes/${slug}.html`;
  }
  const segments = urlPath.replace(/\.html?$/i, '').split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { ok: false, message: `permalink "${urlPath}" is the home page's address` };
  if (urlPath.endsWith('/')) segments.push('index');
  try {
    return { ok: true, address: { urlPath, routeSegments: segments.map((segment) => decodeURIComponent(segment)) } };
  } catch {
    return { ok: false, message: `permalink "${urlPath}" has a malformed %-escape` };
  }
}

/** First address segments under which the site itself publishes everything, and what. */
const RESERVED_FOLDERS: Record<string, string> = {
  keywords: 'the keyword pages',
  pagefind: 'the search index',
  og: 'the share images',
  _confnotes: 'the reader script',
  _next: 'the stylesheet',
  'confnotes-dev': 'npm run dev',
  [EMPTY_ROUTE_SEGMENT]: 'a placeholder of the build',
};

/** Single addresses the site uses (route segments joined by '/'). Posts may live under /talks/, not at it. */
const RESERVED_PAGES: Record<string, string> = {
  index: 'the home page',
  '404': 'the page for missing addresses',
  talks: 'the talk index',
  'talks/index': 'the talk index',
};

/** What the site publishes at a post's address instead, if anything. */
export function reservedAddressUse(routeSegments: readonly string[]): string | undefined {
  const page = routeSegments.join('/');
  if (Object.hasOwn(RESERVED_PAGES, page)) return RESERVED_PAGES[page];
  const first = routeSegments[0];
  return first !== undefined && Object.hasOwn(RESERVED_FOLDERS, first) ? RESERVED_FOLDERS[first] : undefined;
}
