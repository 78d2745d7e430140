import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hugoUrlize, planHugo } from './hugo';

const fixture = path.join(__dirname, 'fixtures', 'hugo-site');

describe('hugoUrlize, as Hugo 0.111’s hugo list all has it', () => {
  it.each([
    ['KubeCon + CloudNativeCon Europe 2023', 'kubecon--cloudnativecon-europe-2023'],
    ['Generics in Go, one year on', 'generics-in-go-one-year-on'],
    ['C# & .NET', 'c#-.net'],
    ['日本語 タイトル', '日本語-タイトル'],
    ['a + b', 'a--b'],
    ['a+b', 'a-b'],
    ['a & b', 'a-b'],
    ['a&b', 'ab'],
    ['a - b', 'a-b'],
    ['a, b', 'a-b'],
    ['(a) b!', 'a-b'],
    ['a #1', 'a-#1'],
    ['Ünïcode ça', 'ünïcode-ça'],
  ])('%s → %s', (title, slug) => {
    expect(hugoUrlize(title)).toBe(slug);
  });
});

describe('planHugo on a Hugo blog of page bundles under a sub-path', () => {
  const plan = planHugo(fixture);

  it('takes the main section’s pages as posts, bundles with their folder, top-level content as pages, at Hugo’s addresses', () => {
    expect(plan.entries.map((entry) => [entry.file, entry.target, entry.kind, entry.oldAddress, entry.folder?.target])).toEqual([
      ['content/about.md', '_pages/about.md', 'page', '/about/', undefined],
      ['content/posts/fosdem-2023/index.md', 'posts/fosdem-2023/index.md', 'post', '/2023/02/fosdem-2023/', 'posts/fosdem-2023'],
      ['content/posts/go-generics.md', 'posts/go-generics.md', 'post', '/2023/03/generics-in-go/', undefined],
      ['content/posts/kubecon-eu-2023/index.md', 'posts/kubecon-eu-2023/index.md', 'post', '/2023/04/kubecon--cloudnativecon-europe-2023/', 'posts/kubecon-eu-2023'],
      ['content/posts/special.md', 'posts/special.md', 'post', '/talks/special/', undefined],
      ['content/posts/unfinished.md', 'posts/unfinished.md', 'post', undefined, undefined],
    ]);
    expect(plan.entries.find((entry) => entry.file.endsWith('unfinished.md'))).toMatchObject({ draft: true, title: 'Unfinished: notes from a meetup that I never wrote up' });
  });

  it('copies static/, and knows every list and its RSS feed', () => {
    expect(plan.statics.map((file) => file.address)).toEqual(['/files/cheatsheet.pdf', '/images/logo.png', '/robots.txt']);
    expect(plan.settings.feeds.map((feed) => `${feed.path} ${feed.tags?.join() ?? ''}${feed.categories?.join() ?? ''}`)).toEqual([
      '/index.xml ',
      '/posts/index.xml ',
      '/tags/index.xml ',
      '/tags/fosdem/index.xml fosdem',
      '/tags/open-source/index.xml open source',
      '/tags/go/index.xml go',
      '/tags/kubernetes/index.xml kubernetes',
      '/tags/cloud-native/index.xml cloud native',
      '/categories/index.xml ',
      '/categories/conference/index.xml conference',
    ]);
    expect(plan.generated.filter((entry) => entry.kind === 'listing').map((entry) => entry.address)).toContain('/tags/cloud-native/');
  });

  it('reads the base URL’s path as the base path, the permalinks and Disqus', () => {
    expect(plan.settings).toMatchObject({
      title: 'Talk Notes',
      author: 'Jane Doe',
      baseUrl: 'https://hugo.example.org',
      basePath: '/blog',
      defaultLanguage: 'en-us',
      permalink: '/:year/:month/:slug/',
      disqusShortname: 'hugo-notes-fixture',
      disqusIdentifier: 'none',
      commentsByDefault: true,
      feedEntryIds: 'address',
      pageSize: 2,
    });
  });
});
