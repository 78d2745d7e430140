import { expect, test, type Page } from '@playwright/test';

const SEED = '/2019/11/30/flink-forward-asia.html';
const SEED_TITLE = 'FLINK FORWARD ASIA 2019 参会总结';
const NO_SHORTNAME = 'http://localhost:4174';
const ON_CLICK = 'http://localhost:4175';
const EMBED = 'https://confnotes-e2e.disqus.com/embed.js';
const DISQUS_HOST = /^https?:\/\/([^/]+\.)?disqus\.com\//;

/*
 * Disqus is unreachable here: every request to a disqus.com host is answered
 * by this stand-in, which records what the page configured. It reads
 * window.disqus_config on a fresh object, as embed.js does, defines
 * DISQUS.reset to record the config it is given, and draws a thread smaller
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
  window.DISQUS = { reset: function (options) { record(options.config); draw(); } };
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
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 600);
  await page.waitForLoadState('networkidle');
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
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#disqus_thread')).toHaveCount(0);

  await page.goto(`${NO_SHORTNAME}${SEED}`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#disqus_thread')).toHaveCount(0);
  await expect(page.locator('.comments')).toHaveCount(0);
  expect(requests).toEqual([]);
});

test('moving from post A to post B with site links shows B’s thread, embed.js loaded once', async ({ page }) => {
  const requests = await recordDisqus(page);
  await page.goto(SEED);
  await scrollToComments(page);
  await expect.poll(() => configs(page)).toHaveLength(1);
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  await page.getByRole('navigation', { name: '更多笔记' }).getByRole('link', { name: /Notes kept out of search engines/ }).click();
  await expect(page).toHaveURL(/\/2020\/05\/01\/not-indexed\.html$/);
  await expect(page.locator('h1')).toHaveText('Notes kept out of search engines');
  await scrollToComments(page);
  await expect.poll(async () => (await configs(page)).at(-1)?.identifier).toBe('legacy-thread-42');
  expect((await configs(page)).at(-1)).toEqual({
    url: 'http://localhost:4173/2020/05/01/not-indexed.html',
    identifier: 'legacy-thread-42',
    title: 'Notes kept out of search engines',
  });
  // The site's own links navigated inside one document, so the first embed.js is still the only one.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(requests).toEqual([EMBED]);
});

test('going to a page without comments and back does not load embed.js twice', async ({ page }) => {
  const requests = await recordDisqus(page);
  await page.goto(SEED);
  await scrollToComments(page);
  await expect.poll(() => configs(page)).toHaveLength(1);

  await page.getByRole('link', { name: 'confnotes' }).click();
  await expect(page.locator('h1')).toHaveText('全部笔记');
  await page.locator('.post-list').getByRole('link', { name: SEED_TITLE }).click();
  await expect(page.locator('h1')).toHaveText(SEED_TITLE);
  await scrollToComments(page);
  await expect.poll(() => configs(page)).toHaveLength(2);
  expect((await configs(page)).at(-1)?.identifier).toBe(SEED);
  await expect(page.locator('#disqus_thread iframe')).toHaveCount(1);
  expect(requests).toEqual([EMBED]);
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
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: '显示评论' }).click();
  await expect.poll(() => configs(page)).toEqual([{ url: `${ON_CLICK}${SEED}`, identifier: SEED, title: SEED_TITLE }]);
  expect(requests).toEqual([EMBED]);
  await expect(page.getByRole('button', { name: '显示评论' })).toHaveCount(0);
});

test('the page says, for readers without JavaScript, that comments need it', async ({ request }) => {
  // With javaScriptEnabled: false, Chromium here does not show <noscript> content either; read the served HTML.
  const html = await (await request.get(SEED)).text();
  expect(html).toMatch(/<section class="comments"[^>]*>[\s\S]*<noscript><p class="comments-noscript">评论由 Disqus 提供，需要启用 JavaScript。<\/p><\/noscript><\/section>/);
  expect(html).not.toMatch(/disqus\.com/);
});
