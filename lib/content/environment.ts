import path from 'node:path';

/*
 * What the environment decides about loading content: where the folders are
 * (CONTENT_DIR, CONFNOTES_CACHE_DIR) and whether drafts show (NODE_ENV).
 * Nothing else here: lib/content/render-threads.ts reads it before the
 * pipeline loads.
 */

/** CONTENT_DIR, absolute or relative to the project root; `content/` by default. */
export function contentDirectory(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.CONTENT_DIR || 'content');
}

/** Where the build keeps what it can reuse (CONFNOTES_CACHE_DIR): rendered posts in content/, share images in share-images/; safe to delete. */
export function cacheDirectory(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.CONFNOTES_CACHE_DIR || path.join('node_modules', '.cache', 'confnotes'));
}

/** Where renderings are cached between the processes of a build and between builds. */
export function contentCacheDirectory(projectRoot = process.cwd()): string {
  return path.join(cacheDirectory(projectRoot), 'content');
}

/** Drafts show in `next dev` and never in a production build. */
export function includeDrafts(): boolean {
  return process.env.NODE_ENV !== 'production';
}
