import { READER_HOOKS } from './hooks';

/* The parts of Pagefind's browser API this uses (pagefind.js, written by the build). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the words were found, with their weight: more, and in the title, rank higher. */
  weighted_locations?: Array<{ weight: number }>;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
/** One line of the results: a talk or section (or a post's opening), in its post. */
interface Found {
  url: string;
  title: string;
  post: string;
  excerpt: string;
}
interface PagefindSearch {
  results: Array<{ data: () => Promise<unknown> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<unknown>;
  mergeIndex: (bundlePath: string, options: Record<string, unknown>) => Promise<unknown>;
  debouncedSearch: (query: string, options?: Record<string, unknown>, wait?: number) => Promise<PagefindSearch | null>;
}

const RESULTS_SHOWN = 8;

function isPagefind(module: unknown): module is Pagefind {
  if (typeof module !== 'object' || module === null) return false;
  return ['options', 'mergeIndex', 'debouncedSearch'].every((name) => typeof Reflect.get(module, name) === 'function');
}

function isResultData(data: unknown): data is PagefindResultData {
  if (typeof data !== 'object' || data === null) return false;
  const meta: unknown = Reflect.get(data, 'meta');
  return typeof Reflect.get(data, 'url') === 'string' && typeof Reflect.get(data, 'excerpt') === 'string' && typeof meta === 'object' && meta !== null;
}

const weightOf = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((total, location) => total + location.weight, 0);

/** Pagefind writes an anchor percent-encoded (#%E5%B0%8F…); the site's own links keep ids as written. */
function readableAnchor(url: string): string {
  const hash = url.indexOf('#');
  if (hash === -1) return url;
  try {
    return `${url.slice(0, hash)}#${decodeURIComponent(url.slice(hash + 1))}`;
  } catch {
    return url;
  }
}

/**
 * Each post is one Pagefind page whose talks and sections are sub-results
 * (lib/search/search-index.ts). Every part of the posts found is a result of
 * its own, the parts where the words weigh most (more of them, in a title)
 * first, whatever their post: a talk that is all about the words comes
 * before a long post that mentions them in passing. Ties keep Pagefind's
 * order of posts.
 */
export function foundParts(results: readonly PagefindResultData[], limit: number): Found[] {
  const parts = results.flatMap((result, rank) => {
    const post = result.meta.title ?? result.url;
    const subResults = result.sub_results ?? [];
    if (subResults.length === 0) return [{ found: { url: result.url, title: post, post, excerpt: result.excerpt }, weight: 0, rank }];
    return subResults.map((sub) => ({ found: { url: readableAnchor(sub.url), title: sub.title, post, excerpt: sub.excerpt }, weight: weightOf(sub), rank }));
  });
  return parts
    .sort((a, b) => b.weight - a.weight || a.rank - b.rank)
    .slice(0, limit)
    .map((part) => part.found);
}

interface SearchBundle {
  language: string;
  path: string;
}

/** The bundles listed in bundles.json; anything else in it is ignored, so a stray entry cannot point the import elsewhere. */
function listedBundles(manifest: unknown): SearchBundle[] {
  const listed: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'bundles') : undefined;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const language: unknown = Reflect.get(entry, 'language');
    const path: unknown = Reflect.get(entry, 'path');
    return typeof language === 'string' && /^[a-z]{2,3}$/.test(language) && typeof path === 'string' && /^[a-z]{2,3}(-\d+)?\/$/.test(path) ? [{ language, path }] : [];
  });
}

/**
 * The build writes Pagefind bundles per language (/pagefind/<language>/,
 * large languages split into <language>-2/ and on; listed in
 * /pagefind/bundles.json): a bundle of the page's own language is loaded,
 * and every other bundle merged in, each searched with its own language's
 * word segmentation, so that a reader of a Chinese page finds a talk in an
 * English post too.
 */
async function loadPagefind(root: string, baseUrl: string): Promise<Pagefind | undefined> {
  const bundles = listedBundles(await (await fetch(`${root}bundles.json`)).json());
  const pageLanguage = document.documentElement.lang.toLowerCase().split('-')[0] ?? '';
  const own = bundles.find((bundle) => bundle.language === pageLanguage) ?? bundles[0];
  if (own === undefined) return undefined;
  const module: unknown = await import(`${root}${own.path}pagefind.js`);
  if (!isPagefind(module)) return undefined;
  await module.options({ baseUrl, excerptLength: 24 });
  for (const bundle of bundles) if (bundle !== own) await module.mergeIndex(`${root}${bundle.path}`, { language: bundle.language, baseUrl });
  return module;
}

/** Pagefind's excerpt is escaped text with <mark>s: rebuilt from text nodes and marks only. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function span(className: string, content: string | Node[]): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (typeof content === 'string') element.textContent = content;
  else element.append(...content);
  return element;
}

/**
 * The header's search box: full-text search over every talk and section
 * (Pagefind, built by npm run build). Nothing of it is requested before the
 * box gets focus; `/` focuses it. Results are links to the talk or section
 * anchor, with the post's title; arrow keys move through them, Escape
 * returns to the box.
 */
export function enableSearch(): void {
  const form = document.querySelector<HTMLFormElement>(READER_HOOKS.siteSearch);
  const input = form?.querySelector('input');
  const panel = form?.querySelector<HTMLElement>('.site-search-panel');
  const status = form?.querySelector<HTMLElement>('.site-search-status');
  const list = form?.querySelector<HTMLElement>('.site-search-results');
  const root = form?.dataset.pagefind;
  if (!form || !input || !panel || !status || !list || !root) return;
  const labels = form.dataset;
  const baseUrl = labels.baseUrl ?? '/';

  let engine: Promise<Pagefind | undefined> | undefined;
  const load = () =>
    (engine ??= (async () => {
      try {
        return await loadPagefind(root, baseUrl);
      } catch {
        // No index (npm run dev) or the network failed: say so in the box.
        return undefined;
      }
    })());

  const links = () => [...list.querySelectorAll('a')];
  const close = () => {
    panel.hidden = true;
  };
  const show = (text: string) => {
    panel.hidden = false;
    status.textContent = text;
  };

  let latest = '';
  const search = async () => {
    const query = input.value.trim();
    latest = query;
    if (query === '') {
      list.replaceChildren();
      close();
      return;
    }
    show(labels.labelLoading ?? '');
    const pagefind = await load();
    if (!pagefind) {
      list.replaceChildren();
      show(labels.labelUnavailable ?? '');
      return;
    }
    const found = await pagefind.debouncedSearch(query, {}, 120);
    if (!found || latest !== query) return;
    const pages = (await Promise.all(found.results.slice(0, RESULTS_SHOWN).map((result) => result.data()))).filter(isResultData);
    if (latest !== query) return;
    const results = foundParts(pages, RESULTS_SHOWN);
    // Results that arrive while the reader is arrowing through the last ones (a search still resolving) keep their place.
    const focusedAt = links().findIndex((link) => link === document.activeElement);
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.append(
          span('site-search-result-title', result.title),
          ...(result.post !== result.title ? [span('site-search-result-post', result.post)] : []),
          span('site-search-result-excerpt', excerptNodes(result.excerpt)),
        );
        item.append(link);
        return item;
      }),
    );
    show(results.length === 0 ? (labels.labelEmpty ?? '') : (labels.labelCount ?? '').replace('{count}', String(found.results.length)));
    if (focusedAt >= 0) {
      const now = links();
      (now[Math.min(focusedAt, now.length - 1)] ?? input).focus();
    }
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void search());
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && list.childElementCount > 0) panel.hidden = false;
  });
  form.addEventListener('submit', (event) => {
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    location.assign(first.href);
  });
  form.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.findIndex((link) => link === document.activeElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && all.length > 0) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1])?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Node && !form.contains(event.target)) close();
  });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
    if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    input.focus();
  });
  // Typed into before this script ran (a slow connection; `next dev` starts it after hydration): answer what is there.
  if (document.activeElement === input) void load();
  if (input.value.trim() !== '') void search();
}
