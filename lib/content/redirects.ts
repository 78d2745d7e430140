import path from 'node:path';
import { isRemoteUrl } from '../urls';
import type { ContentProblem } from './problems';

/** The file a page at `routeSegments` is exported to (the export writes segments + '.html'). */
export function routeFile(routeSegments: readonly string[]): string {
  return `${routeSegments.join('/')}.html`;
}

/**
 * The files a redirect from an old address is written to, so that static
 * hosts serve it at that address: '/old/' → old/index.html, '/old.html' →
 * old.html, '/old' → old.html and old/index.html (hosts serve /old from
 * either).
 */
export function redirectFiles(oldPath: string): string[] {
  const clean = oldPath.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  if (/\.html?$/i.test(clean)) return [clean];
  return [`${clean}.html`, `${clean}/index.html`];
}

/**
 * A post's old addresses as site paths (without base path). Paths without a
 * leading '/' are relative to the post's own folder, as Hugo's aliases are
 * to its section. Each problem names the key and what was expected.
 */
export function normalizeRedirects(values: readonly string[], postUrlPath: string, key: string, file: string, line: number | undefined): { paths: string[]; problems: ContentProblem[] } {
  const paths: string[] = [];
  const problems: ContentProblem[] = [];
  const where = { severity: 'error' as const, file, ...(line !== undefined ? { line } : {}), key };
  for (const value of values) {
    if (isRemoteUrl(value) || /[\s?#]/.test(value)) {
      problems.push({ ...where, message: `expected a path on this site such as '/2015/old-address.html', got "${value}"` });
      continue;
    }
    const folder = postUrlPath.endsWith('/') ? postUrlPath : path.posix.dirname(postUrlPath);
    const resolved = path.posix.normalize(value.startsWith('/') ? value : path.posix.join(folder, value));
    const normalized = value.endsWith('/') && !resolved.endsWith('/') ? `${resolved}/` : resolved;
    if (normalized === '/' || normalized.startsWith('/..')) {
      problems.push({ ...where, message: `"${value}" is the home page or outside the site; expected the post's old address` });
      continue;
    }
    paths.push(normalized);
  }
  return { paths, problems };
}

/**
 * Every file in out/ has one owner: a redirect may not land where a post is
 * published, nor where another post's redirect is. Both files are named.
 */
export function findRedirectCollisions(posts: ReadonlyArray<{ file: string; urlPath: string; routeSegments: readonly string[]; redirects: readonly string[] }>): ContentProblem[] {
  const owners = new Map<string, { file: string; what: string }>();
  for (const post of posts) owners.set(routeFile(post.routeSegments), { file: post.file, what: `the address of ${post.file} (${post.urlPath})` });
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    for (const redirect of post.redirects) {
      for (const target of redirectFiles(redirect)) {
        const owner = owners.get(target);
        if (owner && owner.file === post.file && owner.what.startsWith('the address')) {
          problems.push({ severity: 'error', file: post.file, message: `redirects from ${redirect}, its own address` });
        } else if (owner) {
          problems.push({ severity: 'error', file: post.file, message: `redirects from ${redirect}, which is ${owner.what}; remove one of them` });
        } else {
          owners.set(target, { file: post.file, what: `a redirect of ${post.file}` });
        }
      }
    }
  }
  return problems;
}
