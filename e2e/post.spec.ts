import { expect, test } from '@playwright/test';

const SEED = '/2019/11/30/flink-forward-asia.html';
const SEED_TITLE = 'FLINK FORWARD ASIA 2019 参会总结';
const LEGACY_IDS = ['day1-morning', 'day1-afternoon', 'day2-morning', 'conclusion'];

test.describe('the seed post at its Jekyll address', () => {
  test('is served as out/2019/11/30/flink-forward-asia.html with one <h1>, the title', async ({ page }) => {
    const response = await page.goto(SEED);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(SEED_TITLE);
    await expect(page).toHaveTitle(`${SEED_TITLE} | confnotes`);
  });

  test('keeps every legacy anchor as the id of exactly one heading', async ({ page }) => {
    await page.goto(SEED);
    for (const id of LEGACY_IDS) {
      const owners = await page.evaluate((wanted) => [...document.querySelectorAll(`[id="${wanted}"]`)].map((element) => element.tagName), id);
      expect(owners, id).toEqual(['H2']);
    }
  });

  test('has no user-content- prefix and no in-page link without a target', async ({ page, request }) => {
    const html = await (await request.get(SEED)).text();
    expect(html).not.toContain('user-content-');
    await page.goto(SEED);
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')]
        .map((link) => decodeURIComponent((link.getAttribute('href') ?? '').slice(1)))
        .filter((id) => !document.getElementById(id)),
    );
    expect(dangling).toEqual([]);
    expect(await page.locator('a[href^="#"]').count()).toBeGreaterThanOrEqual(LEGACY_IDS.length);
  });

  test('opening #day1-afternoon puts that heading at the top of the viewport, uncovered', async ({ page }) => {
    await page.goto(`${SEED}#day1-afternoon`);
    const heading = page.locator('#day1-afternoon');
    await expect(heading).toBeInViewport();
    const placement = await heading.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
      return { top: box.top, uncovered: hit !== null && element.contains(hit), scrolled: window.scrollY };
    });
    expect(placement.scrolled).toBeGreaterThan(0);
    expect(placement.top).toBeGreaterThanOrEqual(0);
    expect(placement.top).toBeLessThan(40);
    expect(placement.uncovered).toBe(true);
  });

  test('the heading # link is keyboard-reachable, named, and puts its anchor in the address bar', async ({ page }) => {
    await page.goto(SEED);
    const link = page.getByRole('link', { name: '链接到“Day 2 也是最后一个上午，转去听了企业实践专场”' });
    await expect(link).toHaveAttribute('href', '#day2-morning');
    await link.focus();
    await expect(link).toBeVisible();
    await expect(link).toHaveCSS('opacity', '1');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}#day2-morning$`));
    await expect(page.locator('#day2-morning')).toBeInViewport();
  });

  test('shows date, reading time and keywords under the title', async ({ page }) => {
    await page.goto(SEED);
    const meta = page.locator('.post-header .post-meta');
    await expect(meta.locator('time')).toHaveAttribute('datetime', '2019-11-30');
    await expect(meta).toContainText('2019年11月30日');
    await expect(meta).toContainText(/阅读约 \d+ 分钟/);
    await expect(meta.locator('.keyword')).toHaveText(['Apache Flink', 'Flink Forward', 'FFA']);
  });

  test('states its metadata: description, keywords, canonical URL, no robots block', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'FLINK FORWARD ASIA 2019 参会总结，Take Away.');
    await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', 'Apache Flink,Flink Forward,FFA');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:4173${SEED}`);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('can be read without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SEED}#conclusion`);
    await expect(page.locator('h1')).toHaveText(SEED_TITLE);
    await expect(page.locator('#conclusion')).toBeInViewport();
    await expect(page.locator('article.talk').getByText('Lyft基于Apache Flink的大规模准实时数据分析平台')).toBeVisible();
    await context.close();
  });
});

test.describe('posts with other front matter', () => {
  test('index: false means noindex, nofollow, and lang goes on the article', async ({ page }) => {
    await page.goto('/2020/05/01/not-indexed.html');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  });

  test('an undated TOML post lives under /notes/', async ({ page }) => {
    const response = await page.goto('/notes/undated-notes.html');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Undated TOML notes');
    await expect(page.locator('.post-header time')).toHaveCount(0);
  });

  test('a draft is not published, and unknown addresses get the 404 page', async ({ page }) => {
    for (const path of ['/2020/06/01/draft.html', '/no/such/page.html']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1')).toHaveText('页面不存在');
      await expect(page.getByRole('link', { name: '返回全部笔记' })).toHaveAttribute('href', '/');
    }
  });
});
