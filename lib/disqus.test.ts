import { describe, expect, it } from 'vitest';
import { disqusThreadLink } from './disqus';

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
});
