import { describe, expect, it } from 'vitest';
import { parsePostDate } from './dates';
import { pageAddress, parsePostFileName, postAddress, reservedAddressUse } from './permalink';

const date = parsePostDate('2019-11-30');

describe('parsePostFileName', () => {
  it.each([
    ['2019-11-30-flink-forward-asia.md', { datePrefix: '2019-11-30', slug: 'flink-forward-asia' }],
    ['notes.markdown', { slug: 'notes' }],
    ['2019-11-30-有 空格.md', { datePrefix: '2019-11-30', slug: '有-空格' }],
    ['2020-01-15-kafka-summit.html', { datePrefix: '2020-01-15', slug: 'kafka-summit' }],
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
    ['Jekyll categories, lower-cased, a space escaped', { slug: 'qcon', date, permalink: '/:categories/:year/:month/:day/:title:output_ext', categories: ['Conference', 'Big Data'] }, '/conference/big%20data/2019/11/30/qcon.html', ['conference', 'big data', '2019', '11', '30', 'qcon']],
    ['no categories: no empty segment', { slug: 'qcon', date, permalink: '/:categories/:year/:title:output_ext', categories: [] }, '/2019/qcon.html', ['2019', 'qcon']],
    ['Hexo and Jekyll date forms', { slug: 'x', date: parsePostDate('2019-02-03 04:05:06'), permalink: '/:short_year/:i_month/:i_day/:y_day/:hour:minute:second/:title/' }, '/19/2/3/034/040506/x/', ['19', '2', '3', '034', '040506', 'x', 'index']],
    ['Hugo’s section', { slug: 'x', date, permalink: '/:section/:slug/', section: 'posts' }, '/posts/x/', ['posts', 'x', 'index']],
  ])('%s', (_name, input, urlPath, routeSegments) => {
    expect(postAddress(input)).toEqual({ ok: true, address: { urlPath, routeSegments } });
  });

  it.each([
    ['a dated post', { slug: 'ffa', date }, '/2019/ffa/'],
    ['an undated post, when the pattern needs a date', { slug: 'ffa' }, '/notes/ffa.html'],
  ])('takes the site’s permalink for %s', (_name, input, urlPath) => {
    expect(postAddress(input, '/:year/:title/')).toMatchObject({ ok: true, address: { urlPath } });
  });

  it('takes a site permalink without date for an undated post', () => {
    expect(postAddress({ slug: 'about-go', section: 'posts' }, '/:section/:title/')).toMatchObject({ ok: true, address: { urlPath: '/posts/about-go/' } });
  });

  it.each([
    ['a date placeholder without a date', { slug: 'x', permalink: '/:year/:title/' }, 'permalink "/:year/:title/" uses a date placeholder, but the post has no date'],
    ['an unknown placeholder', { slug: 'x', date, permalink: '/:weekday/:title/' }, 'permalink "/:weekday/:title/" uses the unknown placeholder ":weekday" (known: :year :short_year :month :i_month :day :i_day :y_day :hour :minute :second :title :slug :categories :section :output_ext)'],
    ['the home page', { slug: 'x', permalink: '/' }, 'permalink "/" is the home page\'s address'],
  ])('rejects %s', (_name, input, message) => {
    expect(postAddress(input)).toEqual({ ok: false, message });
  });
});

describe('pageAddress', () => {
  it.each([
    ['about.md', undefined, '/about.html', ['about']],
    ['contact/index.html', undefined, '/contact/', ['contact', 'index']],
    ['legal/impressum.md', undefined, '/legal/impressum.html', ['legal', 'impressum']],
    ['about.md', '/about-me/', '/about-me/', ['about-me', 'index']],
  ])('%s (permalink %s)', (file, permalink, urlPath, routeSegments) => {
    expect(pageAddress(file, permalink, 'about')).toEqual({ ok: true, address: { urlPath, routeSegments } });
  });

  it('refuses the home page', () => {
    expect(pageAddress('index.md', undefined, 'index')).toEqual({ ok: false, message: "a page at _pages/index is the home page's address; give it a permalink" });
  });
});

describe('reservedAddressUse', () => {
  it.each([
    [['talks', 'index'], 'the talk index'],
    [['talks'], 'the talk index'],
    [['talks', '2020', 'permalink', 'index'], undefined],
    [['keywords', 'go'], 'the keyword pages'],
    [['speakers', 'index'], 'the speaker index'],
    [['speakers', 'page', '2', 'index'], 'the speaker index'],
    [['index'], 'the home page'],
    [['404'], 'the page for missing addresses'],
    [['pagefind', 'x'], 'the search index'],
    [['2019', '11', '30', 'talks'], undefined],
    [['notes', 'index'], undefined],
    [['constructor'], undefined],
    [['page', '2', 'index'], 'a page of the home page’s list'],
    [['page', 'about'], undefined],
    [['talks', '2019'], 'the talk index of a year'],
    [['talks', '2019', '06', '01', 'kubecon'], undefined],
    [['talks', '2019', 'page', '2'], 'the talk index of a year'],
    [['talks', 'undated', 'page', '3', 'index'], 'the talk index of a year'],
    [['talks', '2019', 'page'], undefined],
  ])('%j → %s', (segments, use) => {
    expect(reservedAddressUse(segments)).toEqual(use);
  });
});
