import { readdirSync } from 'node:fs';
import path from 'node:path';
import { findAssetFolder, listFolderAssets, type FolderAsset } from './asset-folders';
import { readPostFile, POST_FILE, type Addressing, type PostSource as FileSource, type ReadFileResult } from './post-file';
import type { ContentProblem } from './problems';
import { findRedirectCollisions } from './redirects';
import type { SourceMemo } from './source-memo';

export { MAX_POST_BYTES, PAGES_FOLDER, POST_FILE, type Addressing } from './post-file';

/** A post's file, read and checked, with the folder of files published beside it. */
export interface PostSource extends FileSource {
  /** The post's own folder: a page bundle's (`x/index.md`), or Hexo's asset folder (`x/` beside `x.md`). */
  assetFolder: string | undefined;
  /** Every file in that folder, published next to the post's page. */
  folderAssets: FolderAsset[];
}

export interface SourcesOptions {
  contentDir: string;
  projectRoot: string;
  includeDrafts: boolean;
  /** The site's permalink pattern and time zone. */
  addressing?: Addressing | undefined;
  /** `next dev`'s memory of files read before: a file whose size and times are unchanged is not read again. */
  memo?: SourceMemo | undefined;
}

/** Folders never looked into for posts: hidden ones (.git, .obsidian) and installed packages. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/* Synchronous, as the reads of unchanged files below: see lib/content/source-memo.ts. */
function findPostFiles(directory: string, found: string[] = []): string[] {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (isSkippedFolder(entry.name)) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) findPostFiles(full, found);
    else if (entry.isFile() && POST_FILE.test(entry.name)) found.push(full);
  }
  return found;
}

/** The errors of a draft that the build leaves out are warnings: a half-written post never stops the site. */
function asLeftOutDraft(problem: ContentProblem): ContentProblem {
  return problem.severity === 'error' ? { ...problem, severity: 'warning', message: `${problem.message} (a draft, so it is left out of the build; fix it before publishing it)` } : problem;
}

/**
 * Every post's file under `contentDir`: read, front matter checked, address
 * known; bodies not rendered. Problems are collected, never thrown, so one
 * broken post never hides the others.
 */
export async function readPostSources(options: SourcesOptions): Promise<{ sources: PostSource[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  let files: string[];
  try {
    files = findPostFiles(options.contentDir).sort();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const file = path.relative(options.projectRoot, options.contentDir) || '.';
    return { sources: [], problems: [{ severity: 'error', file, message: `cannot read the content folder: ${reason}` }] };
  }

  const context = { contentDir: options.contentDir, addressing: options.addressing ?? {} };
  const readOne = (absolute: string) => readPostFile(absolute, path.relative(options.projectRoot, absolute), context);
  const results = files.map((absolute) => (options.memo ? options.memo.read(absolute, () => readOne(absolute)) : readOne(absolute)));
  options.memo?.keepOnly(files);
  const posts: FileSource[] = [];
  const loose: string[] = [];
  results.forEach((result: ReadFileResult, index) => {
    const leftOut = result.draft && !options.includeDrafts;
    for (const problem of result.problems) problems.push(leftOut ? asLeftOutDraft(problem) : problem);
    if (result.post && !leftOut) posts.push(result.post);
    if (result.notAPost) loose.push(files[index] ?? '');
  });
  const postFiles = new Set(results.flatMap((result) => (result.post ? [result.post.absolute] : [])));
  const sources: PostSource[] = posts.map((post) => ({ ...post, assetFolder: findAssetFolder(post.absolute, options.contentDir), folderAssets: [] }));
  // Only posts with a folder wait for its listing: after a save, `next dev` makes a promise per post cost more than the rest of the reload.
  await Promise.all(
    sources.flatMap((source) => {
      const folder = source.assetFolder;
      return folder ? [listFolderAssets(folder, source.address.urlPath, (file) => postFiles.has(file)).then((assets) => void (source.folderAssets = assets))] : [];
    }),
  );
  const published = new Set(sources.flatMap((source) => source.folderAssets.map((asset) => asset.from)));
  for (const file of loose) {
    if (!published.has(file)) {
      problems.push({ severity: 'warning', file: path.relative(options.projectRoot, file), message: 'is an HTML file without front matter: not a post, and not published (a post needs front matter between --- lines; files to publish as they are go in public/)' });
    }
  }
  problems.push(...findAddressCollisions(sources), ...findRedirectCollisions(sources.map((post) => ({ file: post.file, urlPath: post.address.urlPath, routeSegments: post.address.routeSegments, redirects: post.redirects }))));
  return { sources: sources.sort(newestFirst), problems };
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
function newestFirst(a: FileSource, b: FileSource): number {
  const byName = (a.meta.title || a.slug).localeCompare(b.meta.title || b.slug);
  if (a.date && b.date) return Date.parse(b.date.dateTime) - Date.parse(a.date.dateTime) || byName;
  if (a.date) return -1;
  if (b.date) return 1;
  return byName;
}
