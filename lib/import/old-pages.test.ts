import { describe, expect, it } from 'vitest';
import { oldDisqusThread, oldFeedEntries, redirectTarget } from './old-pages';

describe('oldDisqusThread', () => {
  it.each([
    ['minima', `<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.url = 'https://x.org/a.html'; this.page.identifier = 'https://x.org/a.html'; };</script>`, { thread: true, identifier: 'https://x.org/a.html' }],
    ['an older embed', `<div id="disqus_thread"></div><script>var disqus_identifier = "/2019/11/30/ffa";</script>`, { thread: true, identifier: '/2019/11/30/ffa' }],
    ['Hugo, without identifier', `<div id="disqus_thread"></div><script>window.disqus_config = function () {\n\n};</script>`, { thread: true, identifier: undefined }],
    ['no comments', '<article>Hello</article>', { thread: false, identifier: undefined }],
  ])('%s', (_name, html, expected) => {
    expect(oldDisqusThread(html)).toEqual(expected);
  });
});

describe('oldFeedEntries', () => {
  it('reads Atom entries by id and alternate link', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://x.org/</id><entry><title>A</title><link href="https://x.org/2019/11/30/a.html" rel="alternate" type="text/html"/><id>https://x.org/2019/11/30/a</id></entry><entry><link href="https://x.org/b.html"/><id>https://x.org/b?x=1&amp;y=2</id></entry></feed>`;
    expect(oldFeedEntries(xml)).toEqual({ format: 'atom', entries: [{ id: 'https://x.org/2019/11/30/a', link: 'https://x.org/2019/11/30/a.html' }, { id: 'https://x.org/b?x=1&y=2', link: 'https://x.org/b.html' }] });
  });

  it('reads RSS items by guid and link', () => {
    const xml = `<rss version="2.0"><channel><item><title>A</title><link>https://x.org/blog/a/</link><guid>https://x.org/blog/a/</guid></item><item><link>https://x.org/blog/b/</link></item></channel></rss>`;
    expect(oldFeedEntries(xml)).toEqual({ format: 'rss', entries: [{ id: 'https://x.org/blog/a/', link: 'https://x.org/blog/a/' }, { id: 'https://x.org/blog/b/', link: 'https://x.org/blog/b/' }] });
  });

  it('knows a sitemap is no feed', () => {
    expect(oldFeedEntries('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')).toBeUndefined();
  });
});

describe('redirectTarget', () => {
  it('reads a meta refresh', () => {
    expect(redirectTarget('<html><head><meta http-equiv="refresh" content="0; url=https://x.org/blog/a/"></head></html>')).toBe('https://x.org/blog/a/');
    expect(redirectTarget('<html><body>Hello</body></html>')).toBeUndefined();
  });
});
