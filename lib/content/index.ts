import path from 'node:path';
import { uiStrings } from '../i18n';
import { safeDecode } from '../urls';
import { site } from '../site';
import { loadPosts, type LoadResult, type Post } from './load-posts';
import { ContentError } from './problems';

export type { Post } from './load-posts';
export type { PostDate } from './dates';
export { ContentError, formatProblem, type ContentProblem } from './problems';

/** CONTENT_DIR, absolute or relative to the project root; `content/` by default. */
export function contentDirectory(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.CONTENT_DIR || 'content');
}

/** Drafts show in `next dev` and never in a production build. */
export function includeDrafts(): boolean {
  return process.env.NODE_ENV !== 'production';
}

export function loadSiteContent(options: { projectRoot?: string; includeDrafts?: boolean } = {}): Promise<LoadResult> {
  const projectRoot = options.projectRoot ?? process.cwd();
  return loadPosts({
    contentDir: contentDirectory(projectRoot),
    projectRoot,
    publicDir: path.join(projectRoot, 'public'),
    site: { url: site.baseUrl, basePath: site.basePath, title: site.title },
    includeDrafts: options.includeDrafts ?? includeDrafts(),
    labels: uiStrings(site.uiLanguage),
  });
}

let cached: Promise<Post[]> | undefined;

/**
 * Every published post, newest first, read and rendered once per process.
 * `npm run build` checks the content first and prints each problem; this
 * throws the same list if a problem slipped through (such as `next build`
 * run on its own).
 */
export function getAllPosts(): Promise<Post[]> {
  cached ??= loadSiteContent().then(({ posts, problems }) => {
    if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);
    return posts;
  });
  return cached;
}

/**
 * The post a route renders. The export writes each post from its route
 * segments; `next dev` serves the addresses readers use, so the segments may
 * also end in the page's '.html', or lack the 'index' of a permalink ending
 * in '/'.
 */
export async function getPostBySegments(segments: readonly string[]): Promise<Post | undefined> {
  const decoded = segments.map(safeDecode);
  const last = decoded.length - 1;
  const candidates = [decoded, decoded.map((segment, index) => (index === last ? segment.replace(/\.html?$/i, '') : segment)), [...decoded, 'index']].map((candidate) => candidate.join('/'));
  const posts = await getAllPosts();
  return candidates.map((key) => posts.find((post) => post.routeSegments.join('/') === key)).find((post) => post !== undefined);
}

/**
 * Route params to pre-render: the export's own segments, plus in `next dev`
 * the addresses readers follow (…/slug.html, …/slug/), which dev mode checks
 * against this list too.
 */
export async function getPostRouteParams(): Promise<Array<{ path: string[] }>> {
  const posts = await getAllPosts();
  return posts.flatMap((post) => {
    const params = [{ path: post.routeSegments }];
    if (process.env.NODE_ENV === 'production') return params;
    const address = post.urlPath.split('/').filter((segment) => segment !== '').map(safeDecode);
    return address.join('/') === post.routeSegments.join('/') ? params : [...params, { path: address }];
  });
}

/** Posts that search engines and feed readers may see (`index` not false). */
export async function getIndexablePosts(): Promise<Post[]> {
  return (await getAllPosts()).filter((post) => post.index);
}


/** The posts before and after this one in the home page's order (newest first). */
export async function getAdjacentPosts(post: Post): Promise<{ newer: Post | undefined; older: Post | undefined }> {
  const posts = await getAllPosts();
  const index = posts.findIndex((candidate) => candidate.urlPath === post.urlPath);
  return { newer: index > 0 ? posts[index - 1] : undefined, older: index >= 0 ? posts[index + 1] : undefined };
}
