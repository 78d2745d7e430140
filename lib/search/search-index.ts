/**
 * The full-text search index: Pagefind (its Node API and native binary,
 * from npm; nothing is downloaded) over the records of every published post
 * (lib/search/records.ts: one per talk, per section, per post opening). Each
 * post is one page whose records are sub-results at their anchors
 * (lib/search/search-document.ts): one fragment file per post, where a
 * record each made 20,000 files at a thousand posts.
 *
 * Bundles per language, out/pagefind/<language>/, listed in
 * out/pagefind/bundles.json: Pagefind segments Chinese and Japanese into
 * words by the language it is told (its extended binary), and searches one
 * language per bundle; the reader script loads the page's own and merges
 * the others, which Pagefind allows only for bundles at other addresses.
 *
 * A language with many records is split into several bundles
 * (<language>/, <language>-2/, …, whole posts each): Pagefind holds a whole
 * bundle in memory while it indexes, about 75 KB per Chinese record, so
 * 20,000 records (a thousand posts of notes) took 1.9 GB in one bundle. A
 * search then merges a few more bundles, fetching each one's small entry file.
 * Bundles are written two at a time, each by its own Pagefind process in a
 * worker thread (lib/search/search-index-worker.mjs).
 *
 * Written into the build cache (<cache>/search/<key>/, the key naming the
 * exact records, the code and Pagefind's version), then linked into out/;
 * an unchanged site reuses it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Post } from '../content';
import { pipelineVersion } from '../content/pipeline-version';
import { searchRecords, type SearchRecord } from './records';
import { searchDocument } from './search-document';

/** At most this many records per bundle: about 400 MB of Pagefind's memory for Chinese text. */
export const RECORDS_PER_BUNDLE = 5_000;

export interface SearchBundle {
  language: string;
  /** Folder under out/pagefind/, with its trailing slash. */
  path: string;
}

/**
 * Splits a language's posts into bundles of at most `perBundle` records
 * (a post is never split; one bigger than that is a bundle of its own): the
 * first at <language>/, then <language>-2/, …
 */
export function bundlesOf<Item extends { records: number }>(language: string, items: readonly Item[], perBundle = RECORDS_PER_BUNDLE): Array<SearchBundle & { items: Item[] }> {
  const bundles: Array<SearchBundle & { items: Item[] }> = [];
  let records = 0;
  for (const item of items) {
    const current = bundles.at(-1);
    if (current && records + item.records <= perBundle) {
      current.items.push(item);
      records += item.records;
      continue;
    }
    const number = bundles.length + 1;
    bundles.push({ language, path: number === 1 ? `${language}/` : `${language}-${number}/`, items: [item] });
    records = item.records;
  }
  return bundles;
}

export interface SearchIndexSummary {
  records: number;
  /** Languages, the one with most records first. */
  languages: string[];
  /** True when a build before made the index for exactly the same records. */
  fromCache: boolean;
}

/** A post as the index gets it: one page (lib/search/search-document.ts), its records as sub-results. */
interface IndexedPage {
  url: string;
  html: string;
  records: number;
}

type PlannedBundle = SearchBundle & { items: IndexedPage[] };

/** What the index reads of a post. */
export type IndexedPost = Pick<Post, 'urlPath' | 'title' | 'html' | 'lang' | 'keywords'>;

/** Bumped when what this module writes changes for the same records. */
const INDEX_FORMAT = 2;

/** The bundles the posts' records make, and a key naming exactly them. */
export function planSearchIndex(posts: readonly IndexedPost[], defaultLanguage: string, projectRoot = process.cwd()): { bundles: PlannedBundle[]; summary: Omit<SearchIndexSummary, 'fromCache'>; key: string } {
  const byLanguage = new Map<string, IndexedPage[]>();
  for (const post of posts) {
    const records: SearchRecord[] = searchRecords({ urlPath: post.urlPath, title: post.title, html: post.html, lang: post.lang ?? defaultLanguage, keywords: post.keywords });
    const language = records[0]?.language;
    if (language === undefined) continue;
    const page = { url: post.urlPath, html: searchDocument(post, records, language), records: records.length };
    const pages = byLanguage.get(language);
    if (pages) pages.push(page);
    else byLanguage.set(language, [page]);
  }
  const recordsOf = (language: string) => (byLanguage.get(language) ?? []).reduce((total, page) => total + page.records, 0);
  const languages = [...byLanguage.keys()].sort((a, b) => recordsOf(b) - recordsOf(a) || a.localeCompare(b));
  const bundles = languages.flatMap((language) => bundlesOf(language, byLanguage.get(language) ?? []));
  // The pipeline version covers lib/ (records, search documents) and the exact Pagefind version (package-lock.json).
  const key = createHash('sha256')
    .update(JSON.stringify({ format: INDEX_FORMAT, pipeline: pipelineVersion(projectRoot), bundles }))
    .digest('hex')
    .slice(0, 32);
  return { bundles, summary: { records: languages.reduce((total, language) => total + recordsOf(language), 0), languages }, key };
}

/**
 * Bundles written at once, each by a Pagefind process of its own: with two,
 * the index of 20,000 Chinese records took 6.3–8.5 s against 7.9–10.7 s
 * with one (2 cores; BENCHMARKS.md, fourth round). Each holds a bundle in memory while it works (about 400 MB at
 * RECORDS_PER_BUNDLE Chinese records), so a bigger machine still runs two.
 */
export const SEARCH_LANES = Math.min(2, availableParallelism());

/** Deals the bundles round-robin into at most `lanes` lanes, none empty. */
export function lanesOf<Item>(bundles: readonly Item[], lanes: number): Item[][] {
  const dealt: Item[][] = Array.from({ length: Math.max(1, Math.min(lanes, bundles.length)) }, () => []);
  for (const [index, bundle] of bundles.entries()) dealt[index % dealt.length]?.push(bundle);
  return dealt.filter((lane) => lane.length > 0);
}

/** Writes one lane's bundles in a worker thread (search-index-worker.mjs). */
function writeLane(bundles: readonly PlannedBundle[], root: string): Promise<void> {
  const workerData = { root, bundles: bundles.map(({ path: bundlePath, items }) => ({ path: bundlePath, items: items.map(({ url, html }) => ({ url, html })) })) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.mjs', import.meta.url), { workerData });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search index: the indexing thread stopped with exit code ${code}`))));
  });
}

async function writeBundles(bundles: readonly PlannedBundle[], root: string): Promise<void> {
  // Every lane ends before a failure is reported: the caller then removes the folder they write into.
  const lanes = await Promise.allSettled(lanesOf(bundles, SEARCH_LANES).map((lane) => writeLane(lane, root)));
  const failed = lanes.find((lane) => lane.status === 'rejected');
  if (failed) throw failed.reason;
  mkdirSync(root, { recursive: true });
  const manifest = { bundles: bundles.map(({ language, path: bundlePath }) => ({ language, path: bundlePath })) };
  writeFileSync(path.join(root, 'bundles.json'), `${JSON.stringify(manifest)}\n`);
}

/** A cached index is whole when its manifest and every bundle's entry file are there (a folder only gets its name once written). */
function isComplete(folder: string, bundles: readonly SearchBundle[]): boolean {
  return existsSync(path.join(folder, 'bundles.json')) && bundles.every((bundle) => existsSync(path.join(folder, bundle.path, 'pagefind-entry.json')));
}

/**
 * The search index of these posts in the build cache (`<cacheDir>/search/<key>/`),
 * written unless a build already wrote it for exactly the same records.
 */
export async function prepareSearchIndex(posts: readonly IndexedPost[], cacheDir: string, defaultLanguage: string): Promise<{ folder: string; summary: SearchIndexSummary }> {
  const { bundles, summary, key } = planSearchIndex(posts, defaultLanguage);
  const searchCache = path.join(cacheDir, 'search');
  const folder = path.join(searchCache, key);
  if (isComplete(folder, bundles)) return { folder, summary: { ...summary, fromCache: true } };
  const partial = path.join(searchCache, `.${key}-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  try {
    await writeBundles(bundles, partial);
    rmSync(folder, { recursive: true, force: true });
    renameSync(partial, folder);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  // One index is all a build reuses: older ones would only pile up.
  for (const entry of readdirSync(searchCache)) {
    if (entry !== key && !entry.startsWith('.')) rmSync(path.join(searchCache, entry), { recursive: true, force: true });
  }
  return { folder, summary: { ...summary, fromCache: false } };
}

/** Publishes a prepared index at out/pagefind/. */
export function publishSearchIndex(folder: string, outDir: string): void {
  const root = path.join(outDir, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  linkOrCopyTree(folder, root);
}

/**
 * Hard links where the file system allows them: a big site's index is
 * thousands of small files, which can take seconds to copy and take a
 * fraction of a second to link. Nothing writes to out/pagefind/ afterwards,
 * so the cached copy cannot change under it.
 */
function linkOrCopyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      linkOrCopyTree(source, target);
      continue;
    }
    try {
      linkSync(source, target);
    } catch {
      // Another device, or a file system without hard links.
      copyFileSync(source, target);
    }
  }
}
