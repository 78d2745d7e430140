import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosts } from './content/load-posts';
import { buildAtomFeed, FEED_ENTRIES } from './feed';
import { resolveSiteConfig } from './site-config-schema';

const site = resolveSiteConfig(
  { title: 'confnotes', description: 'Notes', author: 'me', baseUrl: 'https://me.github.io', basePath: '/confnotes', defaultLanguage: 'en', uiLanguage: 'en', disqusShortname: '' },
  {},
);
const absoluteUrl = (urlPath: string) => `${site.baseUrl}${site.basePath}${urlPath}`;
const options = {
  contentDir: path.join(__dirname, 'content', 'fixtures', 'engines'),
  projectRoot: path.resolve(__dirname, '..'),
  publicDir: path.join(__dirname, 'content', 'fixtures', 'engines'),
  includeDrafts: false,
  uiLanguage: 'en',
  site: { url: site.baseUrl, basePath: site.basePath, title: site.title },
} as const;

describe('buildAtomFeed', () => {
  it(`lists the newest ${FEED_ENTRIES} posts of the ones given, newest first`, async () => {
    const { posts } = await loadPosts(options);
    const many = Array.from({ length: 30 }, (_, index) => ({ ...posts[0]!, title: `Post ${index}`, urlPath: `/notes/post-${index}.html` }));
    const feed = buildAtomFeed(many, site, absoluteUrl);
    expect([...feed.matchAll(/<title>(Post \d+)<\/title>/g)].map((match) => match[1])).toEqual(Array.from({ length: FEED_ENTRIES }, (_, index) => `Post ${index}`));
  });

  it('gives every link and image in an entry an absolute address under the base path', async () => {
    const { posts } = await loadPosts(options);
    const feed = buildAtomFeed(posts, site, absoluteUrl);
    expect(feed).toContain('<id>https://me.github.io/confnotes/2019/01/04/links.html</id>');
    expect(feed).toContain('href=&quot;https://me.github.io/confnotes/2019/01/01/hexo-more.html#day-1&quot;');
    expect(feed).toContain('src=&quot;https://me.github.io/confnotes/2019/01/01/img/stage.png&quot;');
    expect(feed).toContain('src=&quot;https://me.github.io/confnotes/img/stage.png&quot;');
    expect(feed).toContain('href=&quot;https://me.github.io/confnotes/2019/01/04/links.html#keynote&quot;');
    expect(feed).not.toMatch(/(href|src)=&quot;\//);
  });
});
