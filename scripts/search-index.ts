/**
 * The full-text search index: Pagefind (its Node API and native binary,
 * from npm; nothing is downloaded) over the records of every published post
 * (lib/search/records.ts: one per talk, per section, per post opening).
 *
 * Bundles per language, out/pagefind/<language>/, listed in
 * out/pagefind/bundles.json: Pagefind segments Chinese and Japanese into
 * words by the language it is told (its extended binary), and searches one
 * language per bundle; the reader script loads the page's own and merges
 * the others, which Pagefind allows only for bundles at other addresses.
 *
 * A language with many records is split into several bundles
 * (<language>/, <language>-2/, …): Pagefind holds a whole bundle in memory
 * while it indexes, about 95 KB per Chinese record, so 20,000 records (a
 * thousand posts of notes) took 1.9 GB in one bundle. A search then merges
 * a few more bundles, fetching each one's small entry file.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Post } from '../lib/content';
import { searchRecords, type SearchRecord } from '../lib/search/records';

/** Pagefind writes its own search UIs too; the reader script is ours, so they would only be dead weight in out/. */
const UNUSED_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

const RECORDS_IN_FLIGHT = 500;

/** At most this many records per bundle: about 500 MB of Pagefind's memory for Chinese text. */
export const RECORDS_PER_BUNDLE = 5_000;

export interface SearchBundle {
  language: string;
  /** Folder under out/pagefind/, with its trailing slash. */
  path: string;
}

/** Splits a language's records into bundles of at most `perBundle`: the first at <language>/, then <language>-2/, … */
export function bundlesOf<Item>(language: string, records: readonly Item[], perBundle = RECORDS_PER_BUNDLE): Array<SearchBundle & { records: Item[] }> {
  const bundles: Array<SearchBundle & { records: Item[] }> = [];
  for (let start = 0; start < records.length; start += perBundle) {
    const number = bundles.length + 1;
    bundles.push({ language, path: number === 1 ? `${language}/` : `${language}-${number}/`, records: records.slice(start, start + perBundle) });
  }
  return bundles;
}

export interface SearchIndexSummary {
  records: number;
  /** Languages, the one with most records first. */
  languages: string[];
}

export async function writeSearchIndex(posts: readonly Post[], outDir: string, defaultLanguage: string): Promise<SearchIndexSummary> {
  const root = path.join(outDir, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  const byLanguage = new Map<string, SearchRecord[]>();
  for (const post of posts) {
    for (const record of searchRecords({ urlPath: post.urlPath, title: post.title, html: post.html, lang: post.lang ?? defaultLanguage, keywords: post.keywords })) {
      const records = byLanguage.get(record.language);
      if (records) records.push(record);
      else byLanguage.set(record.language, [record]);
    }
  }
  const languages = [...byLanguage.keys()].sort((a, b) => (byLanguage.get(b)?.length ?? 0) - (byLanguage.get(a)?.length ?? 0) || a.localeCompare(b));
  const bundles = languages.flatMap((language) => bundlesOf(language, byLanguage.get(language) ?? []));
  try {
    for (const { language, path: bundlePath, records } of bundles) {
      const { index, errors } = await pagefind.createIndex({ writePlayground: false });
      if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
      // Records go to Pagefind's process as messages: many in flight at once, not one round trip each.
      for (let start = 0; start < records.length; start += RECORDS_IN_FLIGHT) {
        const batch = records.slice(start, start + RECORDS_IN_FLIGHT);
        const results = await Promise.all(batch.map((record) => index.addCustomRecord({ url: record.url, content: record.content, language, meta: { title: record.title, post: record.post } })));
        const failed = results.findIndex((added) => added.errors.length > 0);
        if (failed !== -1) throw new Error(`search index: ${batch[failed]?.url}: ${results[failed]?.errors.join('; ')}`);
      }
      const outputPath = path.join(root, bundlePath);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
      for (const file of UNUSED_FILES) rmSync(path.join(outputPath, file), { force: true });
      // Let Pagefind's process free this bundle before the next one.
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
  mkdirSync(root, { recursive: true });
  const manifest = { bundles: bundles.map(({ language, path: bundlePath }) => ({ language, path: bundlePath })) };
  writeFileSync(path.join(root, 'bundles.json'), `${JSON.stringify(manifest)}\n`);
  return { records: [...byLanguage.values()].reduce((total, records) => total + records.length, 0), languages };
}
