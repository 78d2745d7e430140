import { describe, expect, it } from 'vitest';
import { findRedirectCollisions, normalizeRedirects, redirectFiles } from './redirects';

describe('redirectFiles', () => {
  it.each([
    ['/2015/old.html', ['2015/old.html']],
    ['/old/address/', ['old/address/index.html']],
    ['/old/address', ['old/address.html', 'old/address/index.html']],
  ])('%s → %j', (oldPath, files) => {
    expect(redirectFiles(oldPath)).toEqual(files);
  });
});

describe('normalizeRedirects', () => {
  it('keeps root-relative paths, resolves relative ones against the post’s folder, and refuses the rest with the key named', () => {
    const { paths, problems } = normalizeRedirects(['/2015/old.html', 'old-name/', '../moved.html', 'https://other.example/x', '/', '/a b.html'], '/2019/11/30/flink-forward-asia.html', 'redirect_from', 'post.md', 4);
    expect(paths).toEqual(['/2015/old.html', '/2019/11/30/old-name/', '/2019/11/moved.html']);
    expect(problems.map((problem) => `${problem.line} ${problem.key}: ${problem.message}`)).toEqual([
      `4 redirect_from: expected a path on this site such as '/2015/old-address.html', got "https://other.example/x"`,
      '4 redirect_from: "/" is the home page or outside the site; expected the post\'s old address',
      `4 redirect_from: expected a path on this site such as '/2015/old-address.html', got "/a b.html"`,
    ]);
  });
});

describe('findRedirectCollisions', () => {
  const post = (file: string, urlPath: string, redirects: string[]) => ({ file, urlPath, routeSegments: urlPath.replace(/\.html$/, '').split('/').filter(Boolean), redirects });
  it('names both files when a redirect lands on a post or on another post’s redirect', () => {
    const problems = findRedirectCollisions([
      post('a.md', '/2019/a.html', ['/2019/b.html', '/old/']),
      post('b.md', '/2019/b.html', ['/old/', '/2019/b.html']),
      post('c.md', '/2019/c.html', ['/fine.html']),
    ]);
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'a.md: redirects from /2019/b.html, which is the address of b.md (/2019/b.html); remove one of them',
      'b.md: redirects from /old/, which is a redirect of a.md; remove one of them',
      'b.md: redirects from /2019/b.html, its own address',
    ]);
  });
});
