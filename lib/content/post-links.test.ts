import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostLinks } from './post-links';
import type { PostSource } from './sources';

const contentDir = '/site/content';

function source(file: string, urlPath: string, slug: string): PostSource {
  return {
    absolute: path.join(contentDir, file),
    file: `content/${file}`,
    kind: 'post',
    format: 'markdown',
    meta: {},
    slug,
    date: undefined,
    address: { urlPath, routeSegments: urlPath.split('/').filter(Boolean) },
    body: '',
    bodyLine: 1,
    liquid: true,
    draft: false,
    bodyHash: '',
    redirects: [],
    assetFolder: undefined,
    folderAssets: [],
  };
}

const links = new PostLinks(
  [
    source('posts/kubecon-eu-2023/index.md', '/2023/04/kubecon/', 'kubecon-eu-2023'),
    source('posts/go-generics.md', '/2023/03/generics-in-go/', 'generics-in-go'),
    source('2019-11-30-flink-forward-asia.md', '/2019/11/30/flink-forward-asia.html', 'flink-forward-asia'),
    source('_pages/about.md', '/about/', 'about'),
  ],
  { contentDir, publicDir: '/site/public', basePath: '' },
);

describe('PostLinks.postReference', () => {
  it.each([
    ['a bundle by its folder name (Hugo ref)', 'kubecon-eu-2023', '/2023/04/kubecon/'],
    ['a bundle by its path', 'posts/kubecon-eu-2023/index.md', '/2023/04/kubecon/'],
    ['a bundle by its folder path from the root', '/posts/kubecon-eu-2023', '/2023/04/kubecon/'],
    ['a post by its path without extension', '/posts/go-generics', '/2023/03/generics-in-go/'],
    ['a post by its file name', 'go-generics.md', '/2023/03/generics-in-go/'],
    ['a post by its slug', 'generics-in-go', '/2023/03/generics-in-go/'],
    ['a Jekyll post_url', '2019-11-30-flink-forward-asia', '/2019/11/30/flink-forward-asia.html'],
    ['a page', 'about.md', '/about/'],
    ['nothing', 'index', undefined],
  ])('%s', (_name, reference, address) => {
    expect(links.postReference(reference)).toEqual(address);
  });

  it('leaves links to .html addresses alone, and resolves .md ones', () => {
    const from = { absolute: path.join(contentDir, 'posts/go-generics.md') };
    expect([links.link(from, '/about.html'), links.link(from, './kubecon-eu-2023/index.md#day-1')]).toEqual([undefined, '/2023/04/kubecon/#day-1']);
  });
});
