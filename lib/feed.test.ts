import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosts } from './content/load-posts';
import { buildFeeds, FEED_ENTRIES, withAbsoluteUrls } from './feed';
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

const feedAt = (files: ReturnType<typeof buildFeeds>, at: string) => files.find((file) => file.path === at)?.xml ?? '';

describe('buildFeeds', () => {
  it('writes Atom at every configured path, each naming itself, and RSS 2.0', async () => {
    const { posts } = await loadPosts(options);
    const files = buildFeeds(posts, site, absoluteUrl);
    expect(files.map((file) => file.path)).toEqual(['/atom.xml', '/feed.xml', '/rss.xml']);
    expect(feedAt(files, '/atom.xml')).toContain('<link rel="self" href="https://me.github.io/confnotes/atom.xml"/>');
    expect(feedAt(files, '/feed.xml')).toContain('<link rel="self" href="https://me.github.io/confnotes/feed.xml"/>');
    expect(feedAt(files, '/rss.xml')).toContain('<rss version="2.0"');
    expect(feedAt(files, '/rss.xml')).toContain('<guid isPermaLink="false">https://me.github.io/confnotes/2019/01/04/links.html</guid>');
  });

  it('gives every entry its absolute URL as id and link, and every link and image in its content an absolute address under the base path', async () => {
    const { posts } = await loadPosts(options);
    const atom = feedAt(buildFeeds(posts, site, absoluteUrl), '/atom.xml');
    expect(atom).toContain('<id>https://me.github.io/confnotes/2019/01/04/links.html</id>');
    expect(atom).toContain('<link href="https://me.github.io/confnotes/2019/01/04/links.html"/>');
    expect(atom).toContain('href="https://me.github.io/confnotes/2019/01/01/hexo-more.html#day-1"');
    expect(atom).toContain('src="https://me.github.io/confnotes/2019/01/01/img/stage.png"');
    expect(atom).toContain('src="https://me.github.io/confnotes/img/stage.png"');
    expect(atom).toContain('href="https://me.github.io/confnotes/2019/01/04/links.html#keynote"');
    expect(atom).not.toMatch(/(href|src)="\//);
  });

  it(`lists the newest ${FEED_ENTRIES} posts of the ones given, newest first`, async () => {
    const { posts } = await loadPosts(options);
    const first = posts[0];
    if (!first) throw new Error('the fixture has no post');
    const many = Array.from({ length: 30 }, (_, index) => ({ ...first, title: `Post ${index}`, urlPath: `/notes/post-${index}.html` }));
    const atom = feedAt(buildFeeds(many, site, absoluteUrl), '/atom.xml');
    expect([...atom.matchAll(/<title type="html"><!\[CDATA\[(Post \d+)\]\]><\/title>/g)].map((match) => match[1])).toEqual(Array.from({ length: FEED_ENTRIES }, (_, index) => `Post ${index}`));
  });

  it('writes no RSS when its path is empty', async () => {
    const { posts } = await loadPosts(options);
    expect(buildFeeds(posts, { ...site, feeds: { ...site.feeds, atom: ['/index.xml'], rss: [] } }, absoluteUrl).map((file) => file.path)).toEqual(['/index.xml']);
  });

  it('names entries by Jekyll’s post.id when the old blog’s feed did', async () => {
    const { posts } = await loadPosts(options);
    const atom = feedAt(buildFeeds(posts, { ...site, feeds: { ...site.feeds, entryIds: 'jekyll-post-id' } }, absoluteUrl), '/atom.xml');
    expect(atom).toContain('<id>https://me.github.io/confnotes/2019/01/04/links</id>');
    expect(atom).toContain('<link href="https://me.github.io/confnotes/2019/01/04/links.html"/>');
  });

  it('writes RSS at every path, and the old blog’s feeds of one tag or category', async () => {
    const { posts } = await loadPosts(options);
    const files = buildFeeds(
      posts,
      { ...site, feeds: { ...site.feeds, atom: [], rss: ['/index.xml', '/posts/index.xml'], more: [{ path: '/tags/kafka/index.xml', format: 'rss', title: 'kafka', tags: ['Kafka'] }] } },
      absoluteUrl,
    );
    expect(files.map((file) => file.path)).toEqual(['/index.xml', '/posts/index.xml', '/tags/kafka/index.xml']);
    const guids = (xml: string) => [...xml.matchAll(/<guid[^>]*>([^<]*)<\/guid>/g)].map((match) => match[1]);
    expect(guids(feedAt(files, '/tags/kafka/index.xml'))).toEqual(['https://me.github.io/confnotes/2019/01/01/hexo-more.html']);
    expect(guids(feedAt(files, '/index.xml')).length).toBe(posts.length);
  });

  it('gives a formula as its MathML alone: a feed reader has no KaTeX stylesheet', () => {
    const html = '<p>E is <span class="katex"><span class="katex-mathml"><math><mi>E</mi></math></span><span class="katex-html" aria-hidden="true"><span class="mord">E</span></span></span>.</p>';
    expect(withAbsoluteUrls(html, 'https://x.org/a.html')).toBe('<p>E is <span class="katex"><span class="katex-mathml"><math><mi>E</mi></math></span></span>.</p>');
  });
});
