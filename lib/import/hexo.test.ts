import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hexoSlugize, planHexo } from './hexo';

const fixture = path.join(__dirname, 'fixtures', 'hexo-site');

describe('hexoSlugize', () => {
  it.each([
    ['JavaScript', 'JavaScript'],
    ['cloud native', 'cloud-native'],
    ['C++ / Rust', 'C-Rust'],
    ['カンファレンス', 'カンファレンス'],
  ])('%s → %s', (name, slug) => {
    expect(hexoSlugize(name)).toBe(slug);
  });
});

describe('planHexo on a Japanese Hexo blog with post asset folders', () => {
  const plan = planHexo(fixture);

  it('finds posts with their asset folders, drafts and pages, at the default permalink', () => {
    expect(plan.entries.map((entry) => [entry.file, entry.target, entry.kind, entry.oldAddress, entry.folder?.target])).toEqual([
      ['source/_drafts/wip.md', '_drafts/wip.md', 'post', undefined, undefined],
      ['source/_posts/hello-world.md', 'hello-world.md', 'post', '/2022/01/05/hello-world/', undefined],
      ['source/_posts/jsconf-jp-2023.md', 'jsconf-jp-2023.md', 'post', '/2023/11/19/jsconf-jp-2023/', 'jsconf-jp-2023'],
      ['source/_posts/vueconf-2023.md', 'vueconf-2023.md', 'post', '/2023/10/28/vueconf-2023/', undefined],
      ['source/about/index.md', '_pages/about/index.md', 'page', '/about/', undefined],
    ]);
  });

  it('keeps the Disqus identifier the theme sent (the path without its slash) on each post', () => {
    expect(plan.entries.find((entry) => entry.target === 'jsconf-jp-2023.md')?.pins).toEqual({ disqus_identifier: '2023/11/19/jsconf-jp-2023/' });
  });

  it('copies source/ files, and knows archives, tags, categories and the feed', () => {
    expect(plan.statics.map((file) => file.address)).toEqual(['/files/data.csv', '/images/banner.png']);
    expect([...new Set(plan.generated.map((entry) => `${entry.kind} ${entry.address}`))]).toEqual([
      'home /',
      'listing /page/2/',
      'listing /archives/',
      'listing /archives/2022/',
      'listing /archives/2022/01/',
      'listing /archives/2023/',
      'listing /archives/2023/11/',
      'listing /archives/2023/10/',
      'listing /tags/JavaScript/',
      'listing /tags/TypeScript/',
      'listing /tags/Vue/',
      'listing /categories/カンファレンス/',
      'feed /atom.xml',
    ]);
    expect(plan.settings).toMatchObject({ timeZone: 'Asia/Tokyo', defaultLanguage: 'ja', permalink: '/:year/:month/:day/:slug/', disqusShortname: 'hexo-notes-fixture', pageSize: 2, feeds: [{ path: '/atom.xml', format: 'atom' }] });
  });
});
