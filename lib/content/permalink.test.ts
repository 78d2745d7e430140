import { describe, expect, it } from 'vitest';
import { parsePostDate } from './dates';
import { parsePostFileName, postAddress, reservedAddressUse } from './permalink';

const date = parsePostDate('2019-11-30');

describe('parsePostFileName', () => {
  it.each([
    ['2019-11-30-flink-forward-asia.md', { datePrefix: '2019-11-30', slug: 'flink-forward-asia' }],
    ['notes.markdown', { slug: 'notes' }],
    ['2019-11-30-有 空格.md', { datePrefix: '2019-11-30', slug: '有-空格' }],
  ])('%s', (fileName, expected) => {
    expect(parsePostFileName(fileName)).toEqual(expected);
  });
});

describe('postAddress', () => {
  it.each([
    ['a dated post: Jekyll’s address', { slug: 'flink-forward-asia', date }, '/2019/11/30/flink-forward-asia.html', ['2019', '11', '30', 'flink-forward-asia']],
    ['an undated post', { slug: 'notes' }, '/notes/notes.html', ['notes', 'notes']],
    ['a permalink with .html', { slug: 'x', date, permalink: '/archive/ffa.html' }, '/archive/ffa.html', ['archive', 'ffa']],
    ['a permalink ending in /', { slug: 'x', permalink: '/talks/ffa/' }, '/talks/ffa/', ['talks', 'ffa', 'index']],
    ['Jekyll placeholders', { slug: 'ffa', date, permalink: '/:year/:month/:day/:title.html' }, '/2019/11/30/ffa.html', ['2019', '11', '30', 'ffa']],
    ['a non-ASCII permalink', { slug: 'x', permalink: '/笔记/ffa' }, '/笔记/ffa', ['笔记', 'ffa']],
  ])('%s', (_name, input, urlPath, routeSegments) => {
    expect(postAddress(input)).toEqual({ ok: true, address: { urlPath, routeSegments } });
  });

  it.each([
    ['a date placeholder without a date', { slug: 'x', permalink: '/:year/:title/' }, 'permalink "/:year/:title/" uses a date placeholder, but the post has no date'],
    ['an unknown placeholder', { slug: 'x', date, permalink: '/:categories/:title/' }, 'permalink "/:categories/:title/" uses the unknown placeholder ":categories" (known: :year :month :day :title :slug)'],
    ['the home page', { slug: 'x', permalink: '/' }, 'permalink "/" is the home page\'s address'],
  ])('rejects %s', (_name, input, message) => {
    expect(postAddress(input)).toEqual({ ok: false, message });
  });
});

describe('reservedAddressUse', () => {
  it.each([
    [['talks', 'index'], 'the talk index'],
    [['talks'], 'the talk index'],
    [['talks', '2020', 'permalink', 'index'], undefined],
    [['keywords', 'go'], 'the keyword pages'],
    [['index'], 'the home page'],
    [['404'], 'the page for missing addresses'],
    [['pagefind', 'x'], 'the search index'],
    [['2019', '11', '30', 'talks'], undefined],
    [['notes', 'index'], undefined],
    [['constructor'], undefined],
  ])('%j → %s', (segments, use) => {
    expect(reservedAddressUse(segments)).toEqual(use);
  });
});
