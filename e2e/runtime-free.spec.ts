import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { afterRendering } from './rendering';

const SEED = '/2019/11/30/flink-forward-asia.html';
const BASE_PATH_SITE = 'http://localhost:4177/notes';
/** The reader script's budget, as issue #8 set it: every script a reading page loads, gzipped. */
const SCRIPT_BUDGET_GZIP = 10 * 1024;

/** Every script the page requested, with its gzipped size. */
async function loadScripts(page: Page, url: string): Promise<Array<{ url: string; status: number; gzipBytes: number }>> {
  const scripts: Array<Promise<{ url: string; status: number; gzipBytes: number }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, status: response.status(), gzipBytes: gzipSync(body).length })));
  });
  await page.goto(url);
  await afterRendering(page);
  return Promise.all(scripts);
}

const inlineScripts = (page: Page) =>
  page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('type') ?? 'classic'));

test.describe('reading pages ship no framework runtime', () => {
  test('the seed post loads one script, the reader script, well within budget; no payload is inline', async ({ page }) => {
    const scripts = await loadScripts(page, SEED);
    expect(scripts.map(({ url, status }) => ({ url: url.replace(/\.[\w-]+\.js$/, '.<hash>.js'), status }))).toEqual([{ url: '/_confnotes/reader.<hash>.js', status: 200 }]);
    expect(scripts.reduce((total, script) => total + script.gzipBytes, 0)).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP);
    await expect(page.locator('script[type="module"]')).toHaveCount(1);
    expect(await inlineScripts(page)).toEqual(['speculationrules', 'application/ld+json']);
    const html = await (await page.request.get(SEED)).text();
    expect(html).not.toMatch(/__next_f|_next\/static\/chunks\/[^"]+\.js|TURBOPACK|rel="preload" as="script"/);
  });

  test('the home page and the 404 page load the reader script alone (for the search box), within budget', async ({ page }) => {
    for (const url of ['/', '/no/such/page.html']) {
      const scripts = await loadScripts(page, url);
      expect(scripts.map(({ url: path, status }) => ({ url: path.replace(/\.[\w-]+\.js$/, '.<hash>.js'), status })), url).toEqual([{ url: '/_confnotes/reader.<hash>.js', status: 200 }]);
      expect(scripts.reduce((total, script) => total + script.gzipBytes, 0)).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP);
      expect(await inlineScripts(page), url).toEqual(['speculationrules']);
    }
  });

  test('payloads only the runtime asked for are not published', async ({ request }) => {
    for (const path of ['/index.txt', '/2019/11/30/flink-forward-asia.txt', '/2019/11/30/flink-forward-asia.html.txt', '/2019/11/30/flink-forward-asia/__next._tree.txt', '/__next._full.txt', '/_not-found.html']) {
      expect((await request.get(path)).status(), path).toEqual(404);
    }
  });

  test('Speculation Rules prefetch same-site pages on hover and prerender them on press', async ({ page }) => {
    await page.goto(SEED);
    const rules = JSON.parse((await page.locator('script[type="speculationrules"]').textContent()) ?? '');
    expect(rules.prefetch[0].eagerness).toEqual('moderate');
    expect(rules.prerender[0].eagerness).toEqual('conservative');
    expect(rules.prefetch[0].where.and[0]).toEqual({ href_matches: '/*' });
  });

  test('links between pages are ordinary links: each page is a new document', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    await page.locator('.post-list').getByRole('link', { name: 'FLINK FORWARD ASIA 2019 参会总结' }).click();
    await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}$`));
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toEqual(undefined);
  });

  test('under a base path the reader script and the rules live under it too', async ({ page }) => {
    const scripts = await loadScripts(page, `${BASE_PATH_SITE}/2023/11/19/jsconf-jp.html`);
    expect(scripts.map(({ url, status }) => ({ url: url.replace(/\.[\w-]+\.js$/, '.<hash>.js'), status }))).toEqual([{ url: '/notes/_confnotes/reader.<hash>.js', status: 200 }]);
    const rules = JSON.parse((await page.locator('script[type="speculationrules"]').textContent()) ?? '');
    expect(rules.prerender[0].where.and[0]).toEqual({ href_matches: '/notes/*' });
  });
});
