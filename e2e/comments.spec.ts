import { expect, test, type Page } from '@playwright/test';
import { afterRendering } from './rendering';

const SEED = '/2019/11/30/flink-forward-asia.html';
const SEED_TITLE = 'FLINK FORWARD ASIA 2019 参会总结';
const NO_SHORTNAME = 'http://localhost:4174';
const ON_CLICK = 'http://localhost:4175';
const EMBED = 'https://confnotes-e2e.disqus.com/embed.js';
const DISQUS_HOST = /^https?:\/\/([^/]+\.)?disqus\.com\//;

/*
 * Disqus is unreachable here: every request to a disqus.com host is answered
 * by this stand-in, which records what the page configured. It reads
 * window.disqus_config on a fresh object, as embed.js does, and draws a thread smaller
 * than the space the page reserved.
 */
const STAND_IN_EMBED = `
(function () {
  var log = (window.__disqus = window.__disqus || { configs: [] });
  function record(config) { var context = { page: {} }; config.call(context); log.configs.push(context.page); }
  function draw() {
    var thread = document.getElementById('disqus_thread');
    if (thread) thread.innerHTML = '<iframe title="Disqus stand-in" style="display:block;border:0;width:100%;height:300px"></iframe>';
  }
  record(window.disqus_config);
  draw();
})();
`;

async function recordDisqus(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (DISQUS_HOST.test(request.url())) requests.push(request.url());
  });
  await page.route(DISQUS_HOST, (route) =>
    route.request().url() === EMBED
      ? route.fulfill({ contentType: 'application/javascript', body: STAND_IN_EMBED })
      : route.fulfill({ status: 204, body: '' }),
  );
  return requests;
}

type ThreadConfig = { url?: string; identifier?: string; title?: string };
const configs = (page: Page) => page.evaluate(() => (window as unknown as { __disqus?: { configs: ThreadConfig[] } }).__disqus?.configs ?? []);

async function scrollToComments(page: Page) {
  await page.locator('#disqus_thread').scrollIntoViewIfNeeded();
}

test('nothing loads from Disqus until the reader nears the comments; then embed.js once, keyed by the canonical URL', async ({ page }) => {
  const requests = await recordDisqus(page);
  await page.goto(SEED);
  await afterRendering(page);
  await page.mouse.wheel(0, 600);
  await afterRendering(page);
  await expect(page.locator('#disqus_thread')).toHaveCount(1);
  expect(requests).toEqual([]);

  await scrollToComments(page);
  await expect.poll(() => configs(page)).toHaveLength(1);
  expect(requests).toEqual([EMBED]);
  expect(await configs(page)).toEqual([
    { url: `http://localhost:4173${SEED}`, identifier: SEED, title: SEED_TITLE },
  ]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:4173${SEED}`);
});

test('comments: false, or a build without a shortname: no thread, no Disqus request', async ({ page }) => {
  const requests = await recordDisqus(page);
  await page.goto('/notes/undated-notes.html');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await afterRendering(page);
  await expect(page.locator('#disqus_thread')).toHaveCount(0);

  await page.goto(`${NO_SHORTNAME}${SEED}`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await afterRendering(page);
  await expect(page.locator('#disqus_thread')).toHaveCount(0);
  await expect(page.locator('.comments')).toHaveCount(0);
  expect(requests).toEqual([]);
});

test('moving from post A to post B with site links loads B as a page of its own, with B’s thread', async ({ page }) => {
  const requests = await recordDisqus(page);
  await page.goto(SEED);
  await scrollToComments(page);
  await expect.poll(() => configs(page)).toHaveLength(1);

  await page.getByRole('navigation', { name: '更多笔记' }).getByRole('link', { name: /Notes kept out of search engines/ }).click();
  await expect(page).toHaveURL(/\/2020\/05\/01\/not-indexed\.html$/);
  await expect(page.locator('h1')).toHaveText('Notes kept out of search engines');
  // A new document: its only thread is B's (B is short, so its comments are near at once).
  await scrollToComments(page);
  await expect.poll(() => configs(page)).toEqual([
    { url: 'http://localhost:4173/2020/05/01/not-indexed.html', identifier: 'legacy-thread-42', title: 'Notes kept out of search engines' },
  ]);
  expect(requests).toEqual([EMBED, EMBED]);
});

test('scrolling away from the comments and back does not load embed.js twice', async ({ page }) => {
  const requests = await recordDisqus(page);
  await page.goto(SEED);
  await scrollToComments(page);
  await expect.poll(() => configs(page)).toHaveLength(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await afterRendering(page);
  await scrollToComments(page);
  await afterRendering(page);
  await expect(page.locator('#disqus_thread iframe')).toHaveCount(1);
  expect(await configs(page)).toHaveLength(1);
  expect(requests).toEqual([EMBED]);
});

test('when Disqus cannot be reached, the reserved space says so at once and links to the thread on disqus.com', async ({ page }) => {
  await page.route(DISQUS_HOST, (route) => route.abort('connectionrefused'));
  await page.goto(SEED);
  const note = page.locator('.comments-unavailable');
  await expect(note).toBeHidden();
  await scrollToComments(page);
  await expect(note).toBeVisible();
  await expect(note).toContainText('评论没有加载出来');
  const link = note.getByRole('link', { name: '到 disqus.com 查看讨论' });
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(`${href.origin}${href.pathname}`).toEqual('https://disqus.com/embed/comments/');
  expect(Object.fromEntries(href.searchParams)).toEqual({
    base: 'default',
    f: 'confnotes-e2e',
    t_i: SEED,
    t_u: `http://localhost:4173${SEED}`,
    t_d: SEED_TITLE,
    t_t: SEED_TITLE,
    s_o: 'default',
  });
  // The note stands at the top of the reserved space.
  const boxes = await page.evaluate(() => ({
    note: document.querySelector('.comments-unavailable')!.getBoundingClientRect().top,
    space: document.querySelector('.comments-space')!.getBoundingClientRect().top,
  }));
  expect(boxes.note).toEqual(boxes.space);
});

test('when Disqus never answers, the message appears after about 10 s', async ({ page }) => {
  await page.clock.install();
  const requests: string[] = [];
  // A stand-in that swallows the request: embed.js neither loads nor fails.
  await page.route(DISQUS_HOST, (route) => {
    requests.push(route.request().url());
  });
  await page.goto(SEED);
  await scrollToComments(page);
  await expect.poll(() => requests).toEqual([EMBED]);
  const note = page.locator('.comments-unavailable');
  await page.clock.runFor(9_000);
  await expect(note).toBeHidden();
  await page.clock.runFor(1_500);
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: '到 disqus.com 查看讨论' })).toBeVisible();
});

test('loading the comments shifts nothing on the page', async ({ page }) => {
  await recordDisqus(page);
  await page.goto(SEED);
  await page.evaluate(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) shifts.push(shift.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await scrollToComments(page);
  await expect(page.locator('#disqus_thread iframe')).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
});

test('with loading on click, the thread loads only when the reader asks', async ({ page }) => {
  const requests = await recordDisqus(page);
  await page.goto(`${ON_CLICK}${SEED}`);
  await scrollToComments(page);
  await afterRendering(page);
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: '显示评论' }).click();
  await expect.poll(() => configs(page)).toEqual([{ url: `${ON_CLICK}${SEED}`, identifier: SEED, title: SEED_TITLE }]);
  expect(requests).toEqual([EMBED]);
  await expect(page.getByRole('button', { name: '显示评论' })).toHaveCount(0);
});

test('without JavaScript, the note that comments need it stands at the top of the reserved space', async ({ request }) => {
  // With javaScriptEnabled: false, Chromium here does not show <noscript> content either; read the served HTML.
  const html = await (await request.get(SEED)).text();
  expect(html).toMatch(/<div class="comments-space"><noscript><p class="comments-note">评论由 Disqus 提供，需要启用 JavaScript。<\/p><\/noscript>/);
  // No Disqus address is requested or loaded by the page itself; the only mention is the fallback link.
  expect(html.match(/https?:\/\/[^"\s]*disqus\.com[^"\s]*/g)?.map((url) => url.split('?')[0])).toEqual(['https://disqus.com/embed/comments/']);
});
