import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundlesOf, lanesOf, prepareSearchIndex, publishSearchIndex } from './search-index';

describe('bundlesOf', () => {
  it.each([
    ['none', [], []],
    ['fewer records than a bundle holds: one, at the language', [1, 2], [{ path: 'zh/', items: [1, 2] }]],
    ['exactly one bundle', [2, 2], [{ path: 'zh/', items: [2, 2] }]],
    ['more: numbered from 2, a post never split', [3, 2, 4, 1], [{ path: 'zh/', items: [3] }, { path: 'zh-2/', items: [2] }, { path: 'zh-3/', items: [4] }, { path: 'zh-4/', items: [1] }]],
    ['a post bigger than a bundle: a bundle of its own', [1, 9, 1, 1], [{ path: 'zh/', items: [1] }, { path: 'zh-2/', items: [9] }, { path: 'zh-3/', items: [1, 1] }]],
  ])('%s', (_name, sizes, expected) => {
    const posts = sizes.map((records) => ({ records }));
    expect(bundlesOf('zh', posts, 4)).toEqual(expected.map((bundle) => ({ language: 'zh', path: bundle.path, items: bundle.items.map((records) => ({ records })) })));
  });
});

describe('lanesOf', () => {
  it.each([
    ['no bundles: one empty lane is none', [], 2, []],
    ['one bundle: one lane', ['zh/'], 2, [['zh/']]],
    ['dealt round-robin', ['zh/', 'zh-2/', 'zh-3/', 'en/'], 2, [['zh/', 'zh-3/'], ['zh-2/', 'en/']]],
    ['one lane: all in order', ['zh/', 'zh-2/', 'en/'], 1, [['zh/', 'zh-2/', 'en/']]],
    ['more lanes than bundles: a lane each', ['zh/', 'en/'], 4, [['zh/'], ['en/']]],
  ])('%s', (_name, bundles, lanes, expected) => {
    expect(lanesOf(bundles, lanes)).toEqual(expected);
  });
});

describe('the search index in the build cache', () => {
  const post = (title: string) => ({ urlPath: `/${title}.html`, title, html: `<p>${title} 小文件</p>`, lang: 'zh-CN', keywords: ['Flink'] });
  let work = '';
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'confnotes-search-'));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });
  const cache = () => path.join(work, 'cache');
  const cached = () => readdirSync(path.join(cache(), 'search'));

  it('is written once for the same records, again when they change, keeping only the newest', async () => {
    const first = await prepareSearchIndex([post('a')], cache(), 'en');
    const again = await prepareSearchIndex([post('a')], cache(), 'en');
    expect([first.summary.fromCache, again.summary.fromCache, again.folder]).toEqual([false, true, first.folder]);
    const changed = await prepareSearchIndex([post('a'), post('b')], cache(), 'en');
    expect([changed.summary, cached()]).toEqual([{ records: 2, languages: ['zh'], fromCache: false }, [path.basename(changed.folder)]]);
    expect(readdirSync(path.join(changed.folder, 'zh', 'fragment')).length).toEqual(2);
  }, 30_000);

  it('writes the bundles of several languages side by side, each whole', async () => {
    const english = { urlPath: '/keynote.html', title: 'keynote', html: '<p>streaming keynote</p>', lang: 'en', keywords: [] };
    const { folder, summary } = await prepareSearchIndex([post('a'), english, post('b')], cache(), 'en');
    const entries = ['zh', 'en'].map((language) => existsSync(path.join(folder, language, 'pagefind-entry.json')));
    const fragments = ['zh', 'en'].map((language) => readdirSync(path.join(folder, language, 'fragment')).length);
    expect([summary, entries, fragments, JSON.parse(readFileSync(path.join(folder, 'bundles.json'), 'utf8'))]).toEqual([
      { records: 3, languages: ['zh', 'en'], fromCache: false },
      [true, true],
      [2, 1],
      { bundles: [{ language: 'zh', path: 'zh/' }, { language: 'en', path: 'en/' }] },
    ]);
  }, 30_000);

  it('writes an incomplete entry again instead of serving it', async () => {
    const { folder } = await prepareSearchIndex([post('a')], cache(), 'en');
    rmSync(path.join(folder, 'zh', 'pagefind-entry.json'));
    const repaired = await prepareSearchIndex([post('a')], cache(), 'en');
    expect([repaired.summary.fromCache, existsSync(path.join(folder, 'zh', 'pagefind-entry.json'))]).toEqual([false, true]);
  }, 30_000);

  it('publishes the cached index at out/pagefind/', async () => {
    const out = path.join(work, 'out');
    const { folder } = await prepareSearchIndex([post('a')], cache(), 'en');
    publishSearchIndex(folder, out);
    const published = readdirSync(path.join(out, 'pagefind', 'zh')).filter((file) => file === 'pagefind-entry.json' || file === 'pagefind.js');
    expect([JSON.parse(readFileSync(path.join(out, 'pagefind', 'bundles.json'), 'utf8')), published.sort()]).toEqual([
      { bundles: [{ language: 'zh', path: 'zh/' }] },
      ['pagefind-entry.json', 'pagefind.js'],
    ]);
  }, 30_000);
});
