import type { PostDate } from './dates';
import { EMPTY_ROUTE_SEGMENT } from '../empty-routes';

export interface PostAddress {
  /** The address readers and Disqus know, without base path: '/2019/11/30/flink-forward-asia.html'. */
  urlPath: string;
  /** Segments of the Next.js route that renders it; the export writes `segments.join('/') + '.html'`. */
  routeSegments: string[];
}

/** Where dated posts are published unless site.config.ts says otherwise: Jekyll's default. */
export const DEFAULT_PERMALINK = '/:year/:month/:day/:title.html';

/** Where undated posts go when the site's permalink needs a date. */
const UNDATED_PERMALINK = '/notes/:title.html';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const POST_EXTENSION = /\.(md|markdown|html?)$/i;

/** Jekyll's post file name: optional 'YYYY-MM-DD-' prefix, then the slug. */
export function parsePostFileName(fileName: string): { datePrefix?: string; slug: string } {
  const stem = fileName.replace(POST_EXTENSION, '');
  const match = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/.exec(stem);
  const slug = (match ? match[2] : stem) ?? stem;
  return {
    ...(match?.[1] !== undefined ? { datePrefix: match[1] } : {}),
    slug: toSlug(slug),
  };
}

/** A slug as a file name or the `slug` key gives it: trimmed, spaces as dashes. */
export function toSlug(text: string): string {
  return text.trim().replace(/\s+/g, '-');
}

/** What a permalink's placeholders stand for, for one post. */
export interface PermalinkValues {
  /** The post's slug: front matter `slug`, else its file name (a bundle's folder name) without date prefix. */
  slug: string;
  date?: PostDate | undefined;
  /** Front matter `categories` (and, for Jekyll, the folders above `_posts`). */
  categories?: readonly string[] | undefined;
  /** The first folder of the post's file inside the content folder ('' at its top), Hugo's section. */
  section?: string | undefined;
}

const DATE_PLACEHOLDERS: Record<string, (date: PostDate) => string> = {
  year: (date) => String(date.year),
  short_year: (date) => pad(date.year % 100),
  month: (date) => pad(date.month),
  i_month: (date) => String(date.month),
  day: (date) => pad(date.day),
  i_day: (date) => String(date.day),
  y_day: (date) => pad(Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / 86_400_000) + 1, 3),
  hour: (date) => pad(date.hour),
  minute: (date) => pad(date.minute),
  second: (date) => pad(date.second),
};

/** Path segments as Jekyll writes a category: lower-cased, a space escaped. */
const categoryPath = (categories: readonly string[]) => [...new Set(categories.map((category) => category.toLowerCase()))].map((category) => category.replace(/ /g, '%20')).join('/');

const OTHER_PLACEHOLDERS: Record<string, (values: PermalinkValues) => string> = {
  title: (values) => values.slug,
  slug: (values) => values.slug,
  categories: (values) => categoryPath(values.categories ?? []),
  section: (values) => values.section ?? '',
  output_ext: () => '.html',
};

export const PERMALINK_PLACEHOLDERS = [...Object.keys(DATE_PLACEHOLDERS), ...Object.keys(OTHER_PLACEHOLDERS)].map((name) => `:${name}`);

/** Whether a permalink pattern puts the date in the address. */
export function usesDate(pattern: string): boolean {
  return [...pattern.matchAll(/:([a-z_]+)/g)].some((match) => Object.hasOwn(DATE_PLACEHOLDERS, match[1] ?? ''));
}

/**
 * A permalink pattern filled in for one post. Jekyll's, Hugo's and Hexo's
 * placeholders (`:year`, `:i_month`, `:categories`, `:title`, `:output_ext`…)
 * work; empty ones (a post without categories) leave no empty segment.
 */
export function expandPermalink(pattern: string, values: PermalinkValues): { ok: true; urlPath: string } | { ok: false; message: string } {
  let failure: string | undefined;
  const expanded = pattern.replace(/:([a-z_]+)/g, (whole, name: string) => {
    const dated = DATE_PLACEHOLDERS[name];
    if (dated && Object.hasOwn(DATE_PLACEHOLDERS, name)) {
      if (values.date) return dated(values.date);
      failure ??= `permalink "${pattern}" uses a date placeholder, but the post has no date`;
      return whole;
    }
    const other = OTHER_PLACEHOLDERS[name];
    if (other && Object.hasOwn(OTHER_PLACEHOLDERS, name)) return other(values);
    failure ??= `permalink "${pattern}" uses the unknown placeholder "${whole}" (known: ${PERMALINK_PLACEHOLDERS.join(' ')})`;
    return whole;
  });
  if (failure !== undefined) return { ok: false, message: failure };
  return { ok: true, urlPath: expanded.replace(/\/{2,}/g, '/') };
}

/** The route of an address: '/a/b.html' → a/b, '/a/b/' → a/b/index. */
export function addressOf(urlPath: string): { ok: true; address: PostAddress } | { ok: false; message: string } {
  const segments = urlPath.replace(/\.html?$/i, '').split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { ok: false, message: `permalink "${urlPath}" is the home page's address` };
  if (urlPath.endsWith('/')) segments.push('index');
  try {
    return { ok: true, address: { urlPath, routeSegments: segments.map((segment) => decodeURIComponent(segment)) } };
  } catch {
    return { ok: false, message: `permalink "${urlPath}" has a malformed %-escape` };
  }
}

/**
 * Where a post is published: its own `permalink` if it has one, else the
 * site's permalink pattern (Jekyll's /YYYY/MM/DD/slug.html unless
 * site.config.ts says otherwise), else, for an undated post when the
 * pattern needs a date, /notes/slug.html. A permalink ending in '/' is
 * published as that folder's index.html.
 */
export function postAddress(input: PermalinkValues & { permalink?: string | undefined }, sitePermalink = DEFAULT_PERMALINK):
  | { ok: true; address: PostAddress }
  | { ok: false; message: string } {
  const pattern = input.permalink ?? (input.date || !usesDate(sitePermalink) ? sitePermalink : UNDATED_PERMALINK);
  const expanded = expandPermalink(pattern, input);
  return expanded.ok ? addressOf(expanded.urlPath) : expanded;
}

/**
 * Where a page (a file under `_pages/`) is published: its `permalink`, else
 * its path there, as Jekyll publishes pages: `about.md` at /about.html,
 * `contact/index.md` at /contact/.
 */
export function pageAddress(pathInPages: string, permalink: string | undefined, slug: string): { ok: true; address: PostAddress } | { ok: false; message: string } {
  if (permalink !== undefined) {
    const expanded = expandPermalink(permalink, { slug });
    return expanded.ok ? addressOf(expanded.urlPath) : expanded;
  }
  const stem = pathInPages.replace(POST_EXTENSION, '');
  const folder = stem === 'index' || stem.endsWith('/index');
  const urlPath = folder ? `/${stem.slice(0, -'index'.length)}` : `/${stem}.html`;
  if (urlPath === '/') return { ok: false, message: 'a page at _pages/index is the home page\'s address; give it a permalink' };
  return addressOf(urlPath);
}

/** First address segments under which the site itself publishes everything, and what. */
const RESERVED_FOLDERS: Record<string, string> = {
  keywords: 'the keyword pages',
  speakers: 'the speaker index',
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

/** Folder pages the site numbers (/page/2/, /talks/2019/, /talks/2019/page/2/), as joined route segments, and what they are. */
const NUMBERED_PAGES: Array<{ page: RegExp; use: string }> = [
  { page: /^page\/\d+(?:\/index)?$/, use: 'a page of the home page’s list' },
  { page: /^talks\/(?:\d{4}|undated)(?:\/page\/\d+)?(?:\/index)?$/, use: 'the talk index of a year' },
];

/** What the site publishes at a post's address instead, if anything. */
export function reservedAddressUse(routeSegments: readonly string[]): string | undefined {
  const page = routeSegments.join('/');
  if (Object.hasOwn(RESERVED_PAGES, page)) return RESERVED_PAGES[page];
  const numbered = NUMBERED_PAGES.find((candidate) => candidate.page.test(page));
  if (numbered) return numbered.use;
  const first = routeSegments[0];
  return first !== undefined && Object.hasOwn(RESERVED_FOLDERS, first) ? RESERVED_FOLDERS[first] : undefined;
}
