import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLoadOptions, loadSiteContent } from './index';
import { ContentSite, loadPosts } from './load-posts';
import { helperCount, helpersFor, loadSiteContentOnThreads, MIN_BODIES_PER_THREAD, RenderHelper, takeNext } from './render-threads';

describe('helperCount', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 1],
    [4, 2],
    [16, 3],
  ])('on %i cores starts %i helper threads', (cores, helpers) => {
    expect(helperCount(cores)).toEqual(helpers);
  });
});

describe('helpersFor', () => {
  it.each([
    [0, 3, 0],
    [MIN_BODIES_PER_THREAD * 2 - 1, 3, 0],
    [MIN_BODIES_PER_THREAD * 2, 3, 1],
    [MIN_BODIES_PER_THREAD * 3, 3, 2],
    [1000, 3, 3],
    [1000, 1, 1],
  ])('with %i bodies pending and at most %i helpers, gives work to %i', (pending, started, expected) => {
    expect(helpersFor(pending, started)).toEqual(expected);
  });
});

describe('takeNext', () => {
  it('hands out each index once, then nothing', () => {
    const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    expect([takeNext(counter, 3), takeNext(counter, 3), takeNext(counter, 3), takeNext(counter, 3)]).toEqual([0, 1, 2, undefined]);
  });
});

describe('loadSiteContentOnThreads', () => {
  const saved = { content: process.env.CONTENT_DIR, cache: process.env.CONFNOTES_CACHE_DIR };
  let folder = '';
  const posts = MIN_BODIES_PER_THREAD * 3;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'confnotes-threads-'));
    const content = path.join(folder, 'content');
    mkdirSync(content);
    for (let day = 1; day <= posts; day++) {
      const date = new Date(Date.UTC(2019, 0, day)).toISOString().slice(0, 10);
      const talks = Array.from({ length: 5 }, (_, talk) => `* Talk ${day}.${talk} <br>\nWhat it was about, with *emphasis* and [a link](https://example.org/${day}/${talk}).\n`);
      const body = `## Main hall\n\n${talks.join('\n')}`;
      writeFileSync(path.join(content, `${date}-notes-${day}.md`), `---\ntitle: Notes ${day}\nkeywords: [conference]\n---\n${body}`);
    }
    writeFileSync(path.join(content, '2019-02-01-broken.md'), '---\ntitle: Broken\ndate: 2019-13-45\n---\nBody.\n');
    process.env.CONTENT_DIR = content;
  });

  afterAll(() => {
    process.env.CONTENT_DIR = saved.content;
    process.env.CONFNOTES_CACHE_DIR = saved.cache;
    rmSync(folder, { recursive: true, force: true });
  });

  it('has a helper thread render what this thread would, written to the cache', async () => {
    process.env.CONFNOTES_CACHE_DIR = path.join(folder, 'cache-helper');
    const helper = new RenderHelper({ projectRoot: process.cwd(), includeDrafts: false });
    try {
      const site = await ContentSite.load(contentLoadOptions({ includeDrafts: false }));
      const files = site.sources.map((source) => source.file);
      const renderings = await helper.render({ files, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) });
      expect(renderings.map((rendering) => rendering.file)).toEqual(files);
      site.adopt(renderings);
      const { posts: alone } = await loadPosts({ ...contentLoadOptions({ includeDrafts: false }), cacheDir: undefined });
      expect(site.all().posts).toEqual(alone);
      const again = await loadSiteContent({ includeDrafts: false });
      expect([again.rendered.length, again.fromCache]).toEqual([0, posts]);
    } finally {
      await helper.stop();
    }
  }, 60_000);

  it('gives the posts and problems one thread gives, on an empty cache (helpers started at once, however the bodies are shared)', async () => {
    process.env.CONFNOTES_CACHE_DIR = path.join(folder, 'cache-one-thread');
    const alone = await loadSiteContent({ includeDrafts: false });
    process.env.CONFNOTES_CACHE_DIR = path.join(folder, 'cache-two-threads');
    const shared = await loadSiteContentOnThreads({ includeDrafts: false, cores: 3 });
    expect(shared.posts).toEqual(alone.posts);
    expect(shared.problems).toEqual(alone.problems);
    expect([shared.rendered.length, shared.fromCache]).toEqual([posts, 0]);
  }, 60_000);

  it('gives the posts one thread gives when the cache folder already holds something (helpers started late, if at all)', async () => {
    const cache = path.join(folder, 'cache-stale');
    mkdirSync(path.join(cache, 'content'), { recursive: true });
    writeFileSync(path.join(cache, 'content', 'from-an-older-version.json'), '{}\n');
    process.env.CONFNOTES_CACHE_DIR = cache;
    const shared = await loadSiteContentOnThreads({ includeDrafts: false, cores: 3 });
    process.env.CONFNOTES_CACHE_DIR = path.join(folder, 'cache-one-thread');
    const alone = await loadSiteContent({ includeDrafts: false });
    expect(shared.posts).toEqual(alone.posts);
    expect([shared.rendered.length, shared.fromCache]).toEqual([posts, 0]);
  }, 60_000);

  it('renders on this thread alone on two cores', async () => {
    process.env.CONFNOTES_CACHE_DIR = path.join(folder, 'cache-one-core');
    const result = await loadSiteContentOnThreads({ includeDrafts: false, cores: 2 });
    expect([result.renderedByHelpers, result.rendered.length]).toEqual([0, posts]);
  }, 60_000);
});
