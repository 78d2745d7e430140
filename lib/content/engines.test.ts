import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosts } from './load-posts';

const projectRoot = path.resolve(__dirname, '../..');
const load = () =>
  loadPosts({
    contentDir: path.join(__dirname, 'fixtures', 'engines'),
    projectRoot,
    // The fixture folder stands in for public/: '/img/stage.png' is served from there.
    publicDir: path.join(__dirname, 'fixtures', 'engines'),
    includeDrafts: false,
    uiLanguage: 'en',
    site: { url: 'https://notes.example.org', basePath: '/blog', title: 'confnotes' },
  });

describe('posts from other engines', () => {
  it('Hexo: <!--more--> ends the excerpt, and is invisible in the post', async () => {
    const { posts, problems } = await load();
    expect(problems).toEqual([]);
    const hexo = posts.find((post) => post.slug === 'hexo-more');
    expect(hexo?.excerptHtml).toEqual('<p>The excerpt paragraph.</p>');
    expect((hexo?.html ?? '')).not.toContain('more');
  });

  it('front matter oddities: trailing comma, space-separated categories, empty and commented-out keys', async () => {
    const hexo = (await load()).posts.find((post) => post.slug === 'hexo-more');
    expect(hexo).toMatchObject({ tags: ['flink', 'kafka'], categories: ['streaming', 'notes'], keywords: ['flink', 'kafka'], comments: undefined });
  });

  it('Qiita: private and ignorePublish articles are drafts', async () => {
    const { posts } = await load();
    expect(posts.map((post) => post.slug).sort()).toEqual(['hexo-more', 'links']);
  });

  it('images relative to a post are sized and published next to its page', async () => {
    const hexo = (await load()).posts.find((post) => post.slug === 'hexo-more');
    expect(hexo?.assets).toEqual([{ from: path.join(__dirname, 'fixtures', 'engines', 'img', 'stage.png'), to: '/2019/01/01/img/stage.png' }]);
    expect((hexo?.html ?? '')).toContain('<img src="./img/stage.png" alt="stage" width="4" height="3"');
  });

  it('absolute image paths are served from public/ (under the base path), sized, and not copied', async () => {
    const links = (await load()).posts.find((post) => post.slug === 'links');
    expect((links?.html ?? '')).toContain('<img src="/blog/img/stage.png" alt="absolute" width="4" height="3"');
    expect(links?.assets).toEqual([]);
  });

  it('a heading that is a link keeps it, gets an anchor and a contents entry; links between posts resolve to their addresses, under the base path', async () => {
    const links = (await load()).posts.find((post) => post.slug === 'links');
    const html = (links?.html ?? '');
    expect(html).toContain('<h2 id="keynote"><a href="https://example.org/keynote">Keynote</a><a class="heading-anchor" href="#keynote"');
    // No day marker, no `conference:` key: an article, whose outline is its headings.
    expect(links?.outline).toMatchObject({ kind: 'article', entries: [{ type: 'section', id: 'keynote', title: 'Keynote' }] });
    expect(html).toContain('<a href="/blog/2019/01/01/hexo-more.html">hexo-more</a>');
    expect(html).toContain('<a href="/blog/2019/01/01/hexo-more.html#day-1">the Hexo post</a>');
    expect(html).toContain('See <a href="/blog/2019/01/01/hexo-more.html">hexo-more</a>');
  });
});
