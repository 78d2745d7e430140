/**
 * Runs after `next build`, on the static export in out/:
 * - reading pages ship no framework runtime: every HTML page loses Next.js's
 *   scripts, preloads and inline payload, and gains Speculation Rules and,
 *   where it has something to enhance, the reader script (lib/export);
 * - files only the runtime requested go: the React Server Components
 *   payloads (*.txt and the per-segment folders), the JavaScript chunks and
 *   build manifests;
 * - images that posts refer to relative to themselves ('./stage.jpg') are
 *   copied next to the published page, so the relative address resolves;
 * - the search index is written into the build cache, unless there already,
 *   while the pages are rewritten, and published at out/pagefind/
 *   (lib/search/search-index.ts);
 * - the Atom and RSS feeds are written where site.config.ts puts them;
 * - posts' old addresses (redirect_from, aliases) get pages that send readers on.
 *
 *   tsx scripts/finalize-export.ts [out]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDirectory, loadSiteContent, type Post } from '../lib/content';
import { isPlaceholderOutput } from '../lib/empty-routes';
import { folderPageTarget } from '../lib/export/folder-pages';
import { buildFeeds } from '../lib/feed';
import { redirectFiles } from '../lib/content/redirects';
import { redirectPage } from '../lib/export/redirect-page';
import { rewriteExportedPage } from '../lib/export/strip-runtime';
import { KATEX_FOLDER, KATEX_STYLESHEET, katexFonts, katexStylesheet } from '../lib/markdown/katex-stylesheet';
import { uiStrings } from '../lib/i18n';
import { absoluteUrl, site, sitePath } from '../lib/site';
import { bundleReaderScript } from '../lib/export/reader-bundle';
import { prepareSearchIndex, publishSearchIndex } from '../lib/search/search-index';

const projectRoot = process.cwd();
const outDir = path.resolve(process.argv[2] ?? 'out');
const publicDir = path.join(projectRoot, 'public');
/** Where the reader script is published (a folder of ours, never an author's). */
const READER_DIR = '_confnotes';

function* filesUnder(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

function relative(file: string): string {
  return path.relative(outDir, file).split(path.sep).join('/');
}

/** A file the author put in public/ is theirs, whatever its name. */
function fromPublic(file: string): boolean {
  return existsSync(path.join(publicDir, relative(file)));
}

/*
 * What only the App Router's client runtime asked for: the payload beside
 * each page (x.txt, index.txt), the per-segment payloads (__next.*.txt, in
 * folders named after the pages), the JavaScript chunks and the build
 * manifests, and the duplicate of 404.html kept for the router. Also what
 * the export wrote for an empty route's placeholder (lib/empty-routes.ts).
 */
function isUnpublished(file: string): boolean {
  const name = relative(file);
  if (name.startsWith('_next/static/')) return name.endsWith('.js') || name.endsWith('.js.map');
  if (name === '_not-found.html' || name.startsWith('_not-found/')) return true;
  if (isPlaceholderOutput(name)) return true;
  if (!name.endsWith('.txt') || fromPublic(file)) return false;
  return path.basename(name).startsWith('__next.') || existsSync(file.replace(/\.txt$/, '.html'));
}

/** Writes a file the site publishes at `sitePath`, refusing any path that would leave out/. */
function writeOutFile(sitePath: string, contents: string): void {
  const target = path.join(outDir, sitePath);
  if (!target.startsWith(outDir + path.sep)) throw new Error(`finalize-export: ${sitePath} is outside ${outDir}`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, contents);
}

/**
 * Pages at old addresses (lib/export/redirect-page.ts): posts' own
 * (`redirect_from`, `aliases`; lib/content has checked they collide with
 * no post), and the old blog's listing pages (`redirects` in
 * site.config.ts: archives, tag pages, /page/2/).
 */
function writeRedirects(posts: readonly Post[]): number {
  const ui = uiStrings(site.uiLanguage);
  const moves = [
    ...posts.flatMap((post) => post.redirectFrom.map((from) => ({ from, to: post.urlPath, title: post.title, lang: post.lang, owner: post.file, yields: false }))),
    // An old list's address where the site has grown a page of its own (/page/3/) is that page's now.
    ...Object.entries(site.redirects).map(([from, to]) => ({ from, to, title: site.title, lang: undefined, owner: `site.config.ts (redirects["${from}"])`, yields: true })),
  ];
  let written = 0;
  for (const move of moves) {
    for (const file of redirectFiles(move.from)) {
      if (existsSync(path.join(outDir, file))) {
        if (move.yields) {
          console.log(`finalize-export: ${move.owner} left out: the site has a page of its own at ${move.from}`);
          continue;
        }
        throw new Error(`finalize-export: ${move.owner} redirects from ${move.from}, but out/${file} already exists (from public/ or the site itself)`);
      }
      writeOutFile(`/${file}`, redirectPage({ target: sitePath(move.to), canonical: absoluteUrl(move.to), title: move.title, lang: move.lang ?? site.defaultLanguage, linkText: ui.movedTo(move.title) }));
      written += 1;
    }
  }
  return written;
}

/**
 * A file the author put in public/ is theirs: where the site generates a
 * file of the same name (robots.txt, a feed), Next.js's export or this
 * step wrote over it, and the author's copy goes back.
 */
function restorePublicFiles(): string[] {
  if (!existsSync(publicDir)) return [];
  const restored: string[] = [];
  for (const file of filesUnder(publicDir)) {
    const target = path.join(outDir, path.relative(publicDir, file));
    if (existsSync(target) && !readFileSync(target).equals(readFileSync(file))) {
      copyFileSync(file, target);
      restored.push(path.relative(publicDir, file).split(path.sep).join('/'));
    }
  }
  return restored;
}

/** KaTeX's stylesheet (with every formula's box sizes) and fonts, when a post has a formula (lib/markdown/katex-stylesheet.ts). */
function writeKatex(posts: readonly Post[]): number {
  const withFormulas = posts.flatMap((post) => (post.mathStyles ? [post.mathStyles] : []));
  if (withFormulas.length === 0) return 0;
  writeOutFile(KATEX_STYLESHEET, katexStylesheet(projectRoot, withFormulas));
  for (const font of katexFonts(projectRoot)) {
    mkdirSync(path.join(outDir, KATEX_FOLDER, 'fonts'), { recursive: true });
    copyFileSync(font.file, path.join(outDir, KATEX_FOLDER, 'fonts', font.name));
  }
  return withFormulas.length;
}

function removeEmptyFolders(directory: string): boolean {
  let empty = true;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(path.join(directory, entry.name))) continue;
    empty = false;
  }
  if (empty && directory !== outDir) rmdirSync(directory);
  return empty;
}

function copyPostAssets(posts: readonly Post[]): number {
  let copied = 0;
  for (const post of posts) {
    for (const asset of post.assets) {
      const target = path.join(outDir, asset.to);
      if (!target.startsWith(outDir + path.sep)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(asset.from, target);
      copied += 1;
    }
  }
  return copied;
}

/** Pages are rewritten on this thread (a millisecond or so each) while Pagefind indexes on its own threads. */
function rewritePages(pageFiles: readonly string[], readerScript: string): { pages: number; enhanced: number } {
  let enhanced = 0;
  for (const file of pageFiles) {
    const result = rewriteExportedPage(readFileSync(file, 'utf8'), { file: relative(file), basePath: site.basePath, readerScript });
    writeFileSync(file, result.html);
    if (result.hasReaderScript) enhanced += 1;
  }
  return { pages: pageFiles.length, enhanced };
}

async function main(): Promise<void> {
  if (!existsSync(outDir)) throw new Error(`finalize-export: ${outDir} does not exist; run next build first.`);

  const reader = await bundleReaderScript(projectRoot);
  rmSync(path.join(outDir, READER_DIR), { recursive: true, force: true });
  mkdirSync(path.join(outDir, READER_DIR));
  writeFileSync(path.join(outDir, READER_DIR, reader.fileName), reader.contents);
  const readerScript = `${site.basePath}/${READER_DIR}/${reader.fileName}`;

  const { posts, pages: sitePages } = await loadSiteContent({ includeDrafts: false });
  // Pagefind indexes in its own processes, fed by worker threads, while this thread rewrites the pages.
  const searchIndex = prepareSearchIndex(posts, cacheDirectory(projectRoot), site.defaultLanguage);
  searchIndex.catch(() => {
    // Reported where it is awaited, below; a failed rewrite must not leave it unhandled.
  });
  const files = [...filesUnder(outDir)];
  const pageFiles = files.filter((file) => file.endsWith('.html') && !isUnpublished(file) && !fromPublic(file));
  const { pages, enhanced } = rewritePages(pageFiles, readerScript);
  // Decide before removing anything: a payload is recognised by the page beside it.
  const runtimeOnly = files.filter(isUnpublished);
  for (const file of runtimeOnly) rmSync(file);
  for (const file of pageFiles) {
    const target = folderPageTarget(relative(file));
    if (target === undefined) continue;
    mkdirSync(path.dirname(path.join(outDir, target)), { recursive: true });
    renameSync(file, path.join(outDir, target));
  }
  removeEmptyFolders(outDir);
  const images = copyPostAssets([...posts, ...sitePages]);
  const formulas = writeKatex([...posts, ...sitePages]);
  const { folder, summary: search } = await searchIndex;
  publishSearchIndex(folder, outDir);
  const feeds = buildFeeds(posts.filter((post) => post.index), site, absoluteUrl);
  for (const feed of feeds) writeOutFile(feed.path, feed.xml);
  const redirects = writeRedirects([...posts, ...sitePages]);
  const restored = restorePublicFiles();
  console.log(
    `finalize-export: ${pages} pages without framework runtime (${enhanced} with the reader script, ${reader.fileName}, ${reader.gzipBytes} bytes gzipped); ` +
      `${runtimeOnly.length} runtime-only files removed; ${images} post images and files copied; ${formulas > 0 ? `KaTeX for the formulas of ${formulas} posts; ` : ''}` +
      `search index of ${search.records} records in ${search.languages.join(', ')}${search.fromCache ? ' (unchanged, from the build cache)' : ''}; feeds ${feeds.map((feed) => feed.path).join(', ')}; ${redirects} redirects from old addresses${restored.length > 0 ? `; public/ kept over what the site generates: ${restored.join(', ')}` : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `finalize-export: ${error.message}` : error);
  process.exit(1);
});
