import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosts } from './content/load-posts';
import { buildAtomFeed } from './feed';
import { uiStrings } from './i18n';
import { resolveSiteConfig } from './site-config-schema';

const site = resolveSiteConfig(
  { title: 'confnotes', description: 'Notes', author: 'me', baseUrl: 'https://me.github.io', basePath: '/confnotes', defaultLanguage: 'en', uiLanguage: 'en', disqusShortname: '' },
  {},
);
const absoluteUrl = (urlPath: string) => `${site.baseUrl}${site.basePath}${urlPath}`;

describe('buildAtomFeed', () => {
  it('gives every link and image in an entry an absolute address under the base path', async () => {
    const { posts } = await loadPosts({
      contentDir: path.join(__dirname, 'content', 'fixtures', 'engines'),
      projectRoot: path.resolve(__dirname, '..'),
      publicDir: path.join(__dirname, 'content', 'fixtures', 'engines'),
      includeDrafts: false,
      labels: uiStrings('en'),
      site: { url: site.baseUrl, basePath: site.basePath, title: site.title },
    });
    const feed = buildAtomFeed(posts, site, absoluteUrl);
    expect(feed).toContain('<id>https://me.github.io/confnotes/2019/01/04/links.html</id>');
    expect(feed).toContain('href=&quot;https://me.github.io/confnotes/2019/01/01/hexo-more.html#day-1&quot;');
    expect(feed).toContain('src=&quot;https://me.github.io/confnotes/2019/01/01/img/stage.png&quot;');
    expect(feed).toContain('src=&quot;https://me.github.io/confnotes/img/stage.png&quot;');
    expect(feed).toContain('href=&quot;https://me.github.io/confnotes/2019/01/04/links.html#keynote&quot;');
    expect(feed).not.toMatch(/(href|src)=&quot;\//);
  });
});
