import { describe, expect, it } from 'vitest';
import { disqusThreadLink, postThread } from './disqus';

describe('disqusThreadLink', () => {
  it('names the forum and the thread by identifier, URL and title, encoded', () => {
    const link = new URL(
      disqusThreadLink('confnotes', {
        url: 'https://notes.example.org/2019/11/30/flink-forward-asia.html',
        identifier: '/2019/11/30/flink-forward-asia.html',
        title: 'FLINK FORWARD ASIA 2019 参会总结 & more',
      }),
    );
    expect(`${link.origin}${link.pathname}`).toEqual('https://disqus.com/embed/comments/');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      base: 'default',
      f: 'confnotes',
      t_i: '/2019/11/30/flink-forward-asia.html',
      t_u: 'https://notes.example.org/2019/11/30/flink-forward-asia.html',
      t_d: 'FLINK FORWARD ASIA 2019 参会总结 & more',
      t_t: 'FLINK FORWARD ASIA 2019 参会总结 & more',
      s_o: 'default',
    });
  });

  it('sends no identifier when the thread has none', () => {
    const link = new URL(disqusThreadLink('confnotes', { url: 'https://x.org/a/', identifier: undefined, title: 'A' }));
    expect(link.searchParams.has('t_i')).toBe(false);
  });
});

describe('postThread', () => {
  const post = { urlPath: '/2019/11/30/ffa.html', slug: 'ffa', title: 'FFA', disqusIdentifier: undefined, disqusUrl: undefined };
  const absoluteUrl = (path: string) => `https://notes.example.org${path}`;
  it.each([
    ['address', '/2019/11/30/ffa.html'],
    ['url', 'https://notes.example.org/2019/11/30/ffa.html'],
    ['jekyll-post-id', '/2019/11/30/ffa'],
    ['none', undefined],
  ] as const)('names the thread by %s', (style, identifier) => {
    expect(postThread(post, style, absoluteUrl)).toEqual({ url: 'https://notes.example.org/2019/11/30/ffa.html', identifier, title: 'FFA' });
  });

  it('takes the post’s own disqus_identifier and disqus_url first', () => {
    expect(postThread({ ...post, disqusIdentifier: 'ffa-2019', disqusUrl: 'https://old.example.org/ffa/' }, 'none', absoluteUrl)).toEqual({ url: 'https://old.example.org/ffa/', identifier: 'ffa-2019', title: 'FFA' });
  });
});
