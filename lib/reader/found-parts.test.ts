import { describe, expect, it } from 'vitest';
import { foundParts } from './search';

const part = (id: string, weights: number[]) => ({ title: id, url: `/p.html#${id}`, excerpt: `…${id}…`, weighted_locations: weights.map((weight) => ({ weight })) });

describe('foundParts', () => {
  it.each([
    ['nothing', [], 8, []],
    [
      'a post’s parts, where the words weigh most first, each named with its post',
      [{ url: '/p.html', excerpt: '', meta: { title: 'FFA' }, sub_results: [part('lyft', [1]), part('shuffle', [7, 1]), part('iqiyi', [1])] }],
      8,
      [
        { url: '/p.html#shuffle', title: 'shuffle', post: 'FFA', excerpt: '…shuffle…' },
        { url: '/p.html#lyft', title: 'lyft', post: 'FFA', excerpt: '…lyft…' },
        { url: '/p.html#iqiyi', title: 'iqiyi', post: 'FFA', excerpt: '…iqiyi…' },
      ],
    ],
    [
      'parts of all posts by weight, ties in the posts’ order, cut at the limit; a post without parts is one result',
      [
        { url: '/a.html', excerpt: 'a', meta: { title: 'A' }, sub_results: [part('passing', [1])] },
        { url: '/p.html', excerpt: '', meta: { title: 'P' }, sub_results: [part('x', [1]), part('all-about-it', [2, 2])] },
        { url: '/b.html', excerpt: 'b', meta: { title: 'B' } },
      ],
      2,
      [
        { url: '/p.html#all-about-it', title: 'all-about-it', post: 'P', excerpt: '…all-about-it…' },
        { url: '/p.html#passing', title: 'passing', post: 'A', excerpt: '…passing…' },
      ],
    ],
    [
      'anchors as the site writes them, however Pagefind encoded them',
      [{ url: '/p.html', excerpt: '', meta: { title: 'P' }, sub_results: [{ ...part('x', [1]), url: '/p.html#%E5%B0%8F%E6%96%87%E4%BB%B6' }, { ...part('y', [1]), url: '/p.html#100%25-%E' }] }],
      8,
      [
        { url: '/p.html#小文件', title: 'x', post: 'P', excerpt: '…x…' },
        { url: '/p.html#100%25-%E', title: 'y', post: 'P', excerpt: '…y…' },
      ],
    ],
  ])('%s', (_case, results, limit, expected) => {
    expect(foundParts(results, limit)).toEqual(expected);
  });
});
