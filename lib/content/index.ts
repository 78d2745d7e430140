import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { keywordIndex, type KeywordEntry } from '../keywords/keyword-index';
import { site } from '../site';
import { safeDecode } from '../urls';
import { ContentSite, type LoadOptions, type LoadResult, type Post } from './load-posts';
import { ContentError, type ContentProblem } from './problems';
import { contentCacheDirectory, contentDirectory, includeDrafts } from './environment';
import { SourceMemo } from './source-memo';
import { watchFolderTree } from './watch-folder';

export type { Post } from './load-posts';
export type { PostDate } from './dates';
export { ContentError, formatProblem, type ContentProblem } from './problems';
export type { KeywordEntry } from '../keywords/keyword-index';
export { cacheDirectory, contentCacheDirectory, contentDirectory, includeDrafts } from './environment';

const isDevelopment = () => process.env.NODE_ENV === 'development';

/** How this project's content folder is loaded: its folders, site.config.ts's settings, the build cache. */
export function contentLoadOptions(options: { projectRoot?: string; includeDrafts?: boolean } = {}): LoadOptions {
  const projectRoot = options.projectRoot ?? process.cwd();
  return {
    contentDir: contentDirectory(projectRoot),
    projectRoot,
    publicDir: path.join(projectRoot, 'public'),
    site: { url: site.baseUrl, basePath: site.basePath, title: site.title },
    addressing: { permalink: site.permalink, timeZone: site.timeZone || undefined },
    includeDrafts: options.includeDrafts ?? includeDrafts(),
    uiLanguage: site.uiLanguage,
    cacheDir: contentCacheDirectory(projectRoot),
  };
}

/** Every post rendered (from the cache where it can be), with every problem: what the export step reads (`npm run check` reads the same through lib/content/render-threads.ts). */
export async function loadSiteContent(options: { projectRoot?: string; includeDrafts?: boolean } = {}): Promise<LoadResult> {
  return (await ContentSite.load(contentLoadOptions(options))).all();
}

/** What this process knows of the content folder, and (in `next dev`) the fingerprint of the folder it was read from. */
let current: Promise<{ site: ContentSite; fingerprint: string }> | undefined;
/** `next dev`: what the loads before this one read and rendered, reused where unchanged. */
const sourceMemo = new SourceMemo();
let lastSite: ContentSite | undefined;
let watching = false;
const changeListeners = new Set<() => void>();

/*
 * `next dev` follows the author: a change anywhere in the content folder
 * (an edit, a new, renamed or deleted post) drops what this process knows,
 * and the next request reads the folder again. Unchanged files and their
 * renderings come back from memory (SourceMemo, the previous load's
 * renderings); listeners (the dev live-reload route) tell the open pages to
 * refresh.
 */
function watchContentInDevelopment(): void {
  if (!isDevelopment() || watching) return;
  watching = true;
  watchFolderTree(contentDirectory(), () => {
    current = undefined;
    changeListeners.forEach((listener) => listener());
  });
}

/**
 * What the content folder holds right now, as a short string that changes
 * with any edit, addition, rename or deletion: a page rendered from one
 * fingerprint is out of date when the folder has another. The same in every
 * process and module instance, unlike a counter.
 */
export function contentFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (directory: string): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    // Any fixed order will do: code-unit order, not the slower collation of localeCompare.
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const stats = statSync(full, { throwIfNoEntry: false });
        hash.update(`${full}\0${stats?.size}\0${stats?.mtimeMs}\n`);
      }
    }
  };
  walk(contentDirectory());
  return hash.digest('hex').slice(0, 16);
}

/** Call `listener` after each change to the content folder (in `next dev` only); returns the unsubscribe. */
export function onContentChange(listener: () => void): () => void {
  watchContentInDevelopment();
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function loadCurrent(): Promise<{ site: ContentSite; fingerprint: string }> {
  watchContentInDevelopment();
  // Taken before reading: a save during the read makes the page look older than it is (one reload too many), never newer.
  current ??= (async () => {
    const development = isDevelopment();
    const fingerprint = development ? contentFingerprint() : '';
    const options = development ? { ...contentLoadOptions(), memo: sourceMemo, previousRenderings: lastSite?.renderings } : contentLoadOptions();
    const loaded = await ContentSite.load(options);
    lastSite = loaded;
    return { site: loaded, fingerprint };
  })();
  return current;
}

async function contentSite(): Promise<ContentSite> {
  return (await loadCurrent()).site;
}

/** The fingerprint of the content a page of this process is rendered from (`next dev`). */
export async function renderedContentFingerprint(): Promise<string> {
  return (await loadCurrent()).fingerprint;
}

/**
 * In a production build a content error stops everything (`npm run build`
 * checks the content first and prints each problem; this catches `next
 * build` run on its own). In `next dev` the broken post is left out and the
 * page shows the problem instead, until the file is fixed.
 */
function failOnErrors(problems: readonly ContentProblem[]): void {
  if (!isDevelopment() && problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);
}

/** Every published post, newest first, each rendered once per process (and once per build, through the cache). */
export async function getAllPosts(): Promise<Post[]> {
  const { posts, problems } = (await contentSite()).all();
  failOnErrors(problems);
  return posts;
}

/** Every published page (files under `_pages/`: about, contact), by address. */
export async function getPages(): Promise<Post[]> {
  const { pages, problems } = (await contentSite()).all();
  failOnErrors(problems);
  return pages;
}

/** Every keyword of the published posts, most used first, with its posts (lib/keywords). */
export async function getKeywordIndex(): Promise<KeywordEntry<Post>[]> {
  const posts = await getAllPosts();
  let index = keywordIndexes.get(posts);
  if (!index) {
    index = keywordIndex(posts);
    keywordIndexes.set(posts, index);
  }
  return index;
}

// Every keyword page asks, twice: indexed once per list of posts (the same list until the content changes).
const keywordIndexes = new WeakMap<readonly Post[], KeywordEntry<Post>[]>();

/** Posts that search engines and feed readers may see (`index` not false). */
export async function getIndexablePosts(): Promise<Post[]> {
  return (await getAllPosts()).filter((post) => post.index);
}

/**
 * For `next dev` to show on every page: errors found reading the content
 * folder (front matter, addresses), without rendering any body. An error in a
 * body shows where the post would be, and on the home page.
 */
export async function getSourceErrors(): Promise<ContentProblem[]> {
  return (await contentSite()).sourceProblems.filter((problem) => problem.severity === 'error');
}

/** For the home page in `next dev`: the posts whose body cannot be rendered (renders every post, or reads it from the cache). */
export async function getBodyErrors(): Promise<ContentProblem[]> {
  const content = await contentSite();
  const fromSources = new Set(content.sourceProblems);
  return content.all().problems.filter((problem) => problem.severity === 'error' && !fromSources.has(problem));
}

/**
 * The post a route renders, rendered alone: a page needs no other post's
 * body. The export writes each post from its route segments; `next dev`
 * serves the addresses readers use, so the segments may also end in the
 * page's '.html', or lack the 'index' of a permalink ending in '/'.
 * Undefined when no post lives there; `post` undefined when its body cannot
 * be rendered (the problems say why).
 */
export async function findPost(segments: readonly string[]): Promise<{ post: Post | undefined; problems: readonly ContentProblem[] } | undefined> {
  const decoded = segments.map(safeDecode);
  const last = decoded.length - 1;
  const candidates = [decoded, decoded.map((segment, index) => (index === last ? segment.replace(/\.html?$/i, '') : segment)), [...decoded, 'index']].map((candidate) => candidate.join('/'));
  const content = await contentSite();
  const source = candidates.map((key) => content.sourceAt(key)).find((candidate) => candidate !== undefined);
  if (!source) return undefined;
  const result = content.post(source);
  failOnErrors(result.problems);
  return result;
}

/**
 * Route params to pre-render: every post's route segments (the export
 * writes `segments.join('/') + '.html'`). A production build renders (or
 * reads from the cache) every post first, to stop on errors.
 */
export async function getPostRouteParams(): Promise<Array<{ path: string[] }>> {
  const content = await contentSite();
  if (!isDevelopment()) failOnErrors(content.all().problems);
  return content.sources.map((source) => ({ path: source.address.routeSegments }));
}

/**
 * `next dev` only (the export copies these files next to the pages): the
 * file behind an image a post refers to relative to itself, by the site path
 * the page requests it at ('/2022/10/20/img/stage.png').
 */
export async function findPostAsset(sitePath: string): Promise<string | undefined> {
  const content = await contentSite();
  for (const source of content.sources) {
    const asset = content.post(source).post?.assets.find((candidate) => candidate.to === sitePath);
    if (asset) return asset.from;
  }
  return undefined;
}

/** The posts before and after this one in the home page's order (newest first), rendered for their titles; pages have none. */
export async function getAdjacentPosts(post: Post): Promise<{ newer: Post | undefined; older: Post | undefined }> {
  const content = await contentSite();
  const { sources: posts, indexOf } = content.postSequence();
  const index = post.kind === 'post' ? (indexOf.get(post.urlPath) ?? -1) : -1;
  const neighbour = (from: number, step: number): Post | undefined => {
    for (let at = from; at >= 0 && at < posts.length; at += step) {
      const source = posts[at];
      const found = source && content.post(source).post;
      if (found) return found;
    }
    return undefined;
  };
  return index < 0 ? { newer: undefined, older: undefined } : { newer: neighbour(index - 1, -1), older: neighbour(index + 1, 1) };
}
