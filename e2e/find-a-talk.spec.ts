import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { afterRendering } from './rendering';

const SEED = '/2019/11/30/flink-forward-asia.html';
const REAL_WORLD = 'http://localhost:4176';
const BASE_PATH_SITE = 'http://localhost:4177/notes';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

test.describe('the talk index', () => {
  test('lists the years, each linking to a page of its talks by day and session, each linking to an anchor that resolves', async ({ page }) => {
    await page.goto('/talks/');
    await expect(page.locator('h1')).toHaveText('全部议题');
    const years = page.getByRole('navigation', { name: '按年份' }).locator('.talk-years > li');
    await expect(years).toHaveText(['2019 1 场会议的 14 个议题']);
    await expect(page.locator('[data-talk]')).toHaveCount(0);
    await years.getByRole('link', { name: '2019' }).click();
    await expect(page).toHaveURL(/\/talks\/2019\/$/);
    await expect(page.locator('h1')).toHaveText('2019 年的议题');
    await expect(page.getByRole('link', { name: '全部年份' })).toHaveAttribute('href', '/talks/');
    const seed = page.locator('.talk-index-conference', { hasText: 'FLINK FORWARD ASIA 2019 参会总结' });
    await expect(seed.locator('.talk-index-day-title')).toHaveText(['Day 1', 'Day 2']);
    await expect(seed.locator('.talk-index-session-title')).toHaveText(['上午的主会场', '下午参加的是Flink核心技术分论坛', '也是最后一个上午，转去听了企业实践专场']);
    const talks = seed.locator('.talk-index-talks a');
    await expect(talks).toHaveCount(14);
    const hrefs = await talks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !href.startsWith(`${SEED}#`))).toEqual([]);
    await expect(seed.locator('[data-talk]', { hasText: 'Apache Flink Heading Towards A Unified Engine' }).locator('.talk-index-summary')).toHaveText(
      '主要介绍Flink中国社区在2019及以后一段时间的发展情况。',
    );

    await page.goto(SEED);
    const missing = await page.evaluate((anchors) => anchors.filter((href) => !document.getElementById(decodeURIComponent(href.split('#')[1] ?? ''))), hrefs);
    expect(missing).toEqual([]);
    await page.goto('/talks/2019/');
    await talks.filter({ hasText: '实时计算在贝壳的实践' }).click();
    await expect(page).toHaveURL(`${SEED}#${encodeURIComponent('实时计算在贝壳的实践')}`);
    await expect(page.locator('[id="实时计算在贝壳的实践"]')).toBeInViewport();
  });

  test('a year’s page links to the newer and the older year', async ({ page }) => {
    await page.goto(`${REAL_WORLD}/talks/`);
    await expect(page.locator('.talk-years > li > a')).toHaveText(['2026', '2025', '2023', '2022', '2021', '2019']);
    const neighbours: Record<string, { prev: string | null; next: string | null }> = {};
    for (const year of ['2026', '2023', '2022', '2019']) {
      await page.goto(`${REAL_WORLD}/talks/${year}/`);
      neighbours[year] = await page.evaluate(() => ({
        prev: document.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null,
        next: document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null,
      }));
    }
    expect(neighbours).toEqual({
      '2026': { prev: null, next: '/talks/2025/' },
      '2023': { prev: '/talks/2025/', next: '/talks/2022/' },
      '2022': { prev: '/talks/2023/', next: '/talks/2021/' },
      '2019': { prev: '/talks/2021/', next: null },
    });
  });

  test('the filter on a year’s page narrows its list to matching talks as the reader types, and says how many', async ({ page }) => {
    await page.goto('/talks/2019/');
    const filter = page.getByLabel('筛选议题');
    const visible = page.locator('[data-talk]:visible a');
    await expect(visible).toHaveCount(14);
    await filter.fill('Stateful');
    await expect(visible).toHaveText([
      'Stateful Functions: Building general-purpose Applications and Services on Apache Flink',
      'Stateful Functions: Unlocking the next wave of applications with Stream Processing',
    ]);
    await expect(page.locator('.talk-filter-status')).toHaveText('显示 2 / 14 个议题');
    // Sessions left without a talk hide too.
    await expect(page.locator('.talk-index-session:visible .talk-index-session-title')).toHaveText(['上午的主会场', '下午参加的是Flink核心技术分论坛']);
    // A word of the summary and a keyword of the conference, together.
    await filter.fill('lyft ffa');
    await expect(visible).toHaveText(['Lyft基于Apache Flink的大规模准实时数据分析平台']);
    await filter.fill('2019 银行');
    await expect(visible).toHaveText(['Apache Flink 在中国农业银行的探索和实践']);
    await filter.fill('nothing like this');
    await expect(visible).toHaveCount(0);
    await expect(page.locator('.talk-index-conference:visible')).toHaveCount(0);
    await filter.fill('');
    await expect(visible).toHaveCount(14);
  });

  test('the filter on the index loads every year’s talks when the reader first types, and lists the matches', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/talks/');
    await afterRendering(page);
    expect(requested.filter((path) => path.endsWith('talks.json'))).toEqual([]);
    const filter = page.getByLabel('筛选议题');
    const matches = page.locator('.talk-filter-results a');
    const loaded = page.waitForResponse((response) => new URL(response.url()).pathname === '/talks/2019/talks.json');
    await filter.fill('Stateful');
    expect((await loaded).status()).toEqual(200);
    await expect(matches).toHaveText([
      'Stateful Functions: Building general-purpose Applications and Services on Apache Flink',
      'Stateful Functions: Unlocking the next wave of applications with Stream Processing',
    ]);
    await expect(page.locator('.talk-filter-status')).toHaveText('显示 2 / 14 个议题');
    await filter.fill('lyft ffa');
    await expect(matches).toHaveText(['Lyft基于Apache Flink的大规模准实时数据分析平台']);
    await expect(matches).toHaveAttribute('href', `${SEED}#lyft基于apache-flink的大规模准实时数据分析平台`);
    await filter.fill('');
    await expect(page.locator('.talk-filter-results')).toBeHidden();
    await filter.fill('实时计算 贝壳');
    await matches.first().click();
    await expect(page).toHaveURL(`${SEED}#${encodeURIComponent('实时计算在贝壳的实践')}`);
    expect(requested.filter((path) => path.endsWith('talks.json'))).toEqual(['/talks/2019/talks.json']);
  });

  test('the header search without JavaScript opens the index, whose years lead to every talk; ?q= fills the filter', async ({ browser, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto('/');
    await noScript.getByRole('searchbox', { name: '搜索' }).fill('Pravega');
    await noScript.keyboard.press('Enter');
    await expect(noScript).toHaveURL(/\/talks\/\?q=Pravega$/);
    await noScript.getByRole('link', { name: '2019' }).click();
    await expect(noScript.locator('[data-talk]')).toHaveCount(14);
    await context.close();

    await page.goto('/talks/?q=Pravega');
    await expect(page.getByLabel('筛选议题')).toHaveValue('Pravega');
    await expect(page.locator('.talk-filter-results a')).toHaveText(['Reliable Streaming Infrastructure for the Enterprise']);
  });

  test('is linked from the header and has no accessibility violations, filtered too', async ({ page }) => {
    await page.goto(SEED);
    await page.getByRole('navigation', { name: '网站' }).getByRole('link', { name: '全部议题' }).click();
    await expect(page).toHaveURL(/\/talks\/$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('筛选议题').fill('Flink');
    await expect(page.locator('.talk-filter-results a')).not.toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/talks/2019/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('keyword pages', () => {
  test('a post’s keyword links to its page, which lists the post and its talks', async ({ page }) => {
    await page.goto(SEED);
    await page.locator('.post-header').getByRole('link', { name: 'Apache Flink' }).click();
    await expect(page).toHaveURL(/\/keywords\/apache-flink\/$/);
    await expect(page.locator('h1')).toHaveText('关键词：Apache Flink');
    await expect(page.locator('.post-list-title')).toHaveText(['FLINK FORWARD ASIA 2019 参会总结']);
    await expect(page.locator('.talk-index-talks a')).toHaveCount(14);
    await expect(page.locator('[data-talk]')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the keyword list counts posts and links every keyword; keywords on the home page link too', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.post-list > li', { hasText: 'FLINK FORWARD ASIA' }).getByRole('link', { name: 'FFA' })).toHaveAttribute('href', '/keywords/ffa/');
    await page.goto('/keywords/');
    await expect(page.locator('h1')).toHaveText('关键词');
    await expect(page.locator('.keyword-list li').filter({ hasText: 'Apache Flink' })).toHaveText('Apache Flink (1 篇笔记)');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a keyword with a slash, an ampersand, spaces and Chinese gets a working page, under a base path too', async ({ page }) => {
    for (const site of [REAL_WORLD, BASE_PATH_SITE]) {
      const base = new URL(site).pathname.replace(/\/$/, '');
      await page.goto(`${site}/2023/04/22/qcon-beijing.html`);
      const link = page.locator('.post-header').getByRole('link', { name: 'C/C++ & 性能' });
      await expect(link).toHaveAttribute('href', `${base}/keywords/c-c++-性能/`);
      await link.click();
      await expect(page.locator('h1')).toHaveText('关键词：C/C++ & 性能');
      await expect(page.locator('.post-list-title')).toHaveText(['QCon 北京 2023 参会笔记']);
      await page.goto(`${site}/keywords/`);
      await page.getByRole('link', { name: 'C/C++ & 性能' }).click();
      await expect(page.locator('h1')).toHaveText('关键词：C/C++ & 性能');
    }
  });
});

test.describe('full-text search', () => {
  const search = (page: Page) => page.getByRole('searchbox', { name: '搜索' });
  const firstResult = (page: Page) => page.locator('.site-search-results a').first();

  test('nothing of search is requested before the reader focuses the box', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(SEED);
    await afterRendering(page);
    await page.mouse.wheel(0, 800);
    await afterRendering(page);
    expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
    await search(page).focus();
    await expect.poll(() => requested.filter((path) => path.includes('pagefind')).slice(0, 2)).toEqual(['/pagefind/bundles.json', '/pagefind/zh/pagefind.js']);
  });

  for (const { query, talk } of [
    { query: '小文件', talk: 'lyft基于apache-flink的大规模准实时数据分析平台' },
    { query: '反欺诈', talk: 'apache-flink-在中国农业银行的探索和实践' },
    { query: 'Pravega', talk: 'reliable-streaming-infrastructure-for-the-enterprise' },
    { query: 'checkpoint', talk: 'pluggable-shuffle-service-and-unaligned-checkpoints' },
  ]) {
    test(`“${query}” finds the talk, and its first result leads to the talk’s anchor`, async ({ page }) => {
      await page.goto('/');
      await search(page).fill(query);
      await expect(firstResult(page)).toHaveAttribute('href', `${SEED}#${talk}`);
      await expect(firstResult(page).locator('.site-search-result-post')).toHaveText('FLINK FORWARD ASIA 2019 参会总结');
      await expect(firstResult(page).locator('mark').first()).toBeVisible();
      await firstResult(page).click();
      await expect(page).toHaveURL(`${SEED}#${encodeURI(talk)}`);
      await expect(page.locator(`[id="${talk}"]`)).toBeInViewport();
    });
  }

  test('a query typed before the reader script arrived is answered when it runs', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/reader\.[A-Za-z0-9]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The page is readable before its one script runs; the script holds up DOMContentLoaded, so wait for the box.
    await page.goto('/', { waitUntil: 'commit' });
    await search(page).fill('Pravega');
    release();
    await expect(firstResult(page)).toHaveAttribute('href', `${SEED}#reliable-streaming-infrastructure-for-the-enterprise`);
  });

  test('is keyboard navigable: / focuses, arrows move through results, Enter opens, Escape closes', async ({ page }) => {
    await page.goto(SEED);
    await page.keyboard.press('/');
    await expect(search(page)).toBeFocused();
    await page.keyboard.type('Flink');
    await expect(page.locator('.site-search-results a')).not.toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(firstResult(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.site-search-results a').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(search(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.site-search-panel')).toBeHidden();
    await page.keyboard.type(' Pravega');
    await expect(page.locator('.site-search-status')).toHaveText(/找到 \d+ 篇笔记/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${SEED}#reliable-streaming-infrastructure-for-the-enterprise`);
  });

  test('results that arrive while the reader arrows through them keep the reader’s place', async ({ page }) => {
    await page.goto(SEED);
    await search(page).fill('Flink');
    await expect(firstResult(page)).toHaveAttribute('href', /#/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = page.locator('.site-search-results a').nth(1);
    await expect(second).toBeFocused();
    // As a search still resolving does: the list is written again while a result has focus.
    const before = await second.elementHandle();
    await search(page).dispatchEvent('input');
    await expect.poll(() => before?.evaluate((link) => link.isConnected)).toEqual(false);
    await expect(second).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.site-search-results a').nth(2)).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open search has no accessibility violations (${colorScheme}), on a phone too`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 760 }]) {
        await page.setViewportSize(viewport);
        await page.goto('/');
        await search(page).fill('Flink');
        await expect(page.locator('.site-search-results a')).not.toHaveCount(0);
        const panel = await page.locator('.site-search-panel').boundingBox();
        expect(panel && panel.x >= 0 && panel.x + panel.width <= viewport.width).toEqual(true);
        expect(await axeViolations(page)).toEqual([]);
      }
    });
  }

  test('finds talks in every language of the site, and follows the base path', async ({ page }) => {
    await page.goto(`${BASE_PATH_SITE}/`);
    // A German talk and a Japanese one, searched from the site's Chinese pages.
    await search(page).fill('Vektorsuche');
    await expect(page.locator('.site-search-results a').first()).toHaveAttribute('href', '/notes/2022/11/11/berlin-buzzwords.html#vektorsuche-in-der-praxis');
    await search(page).fill('型安全');
    await expect(page.locator('.site-search-results a').first()).toHaveAttribute('href', /^\/notes\/2023\/11\/19\/jsconf-jp\.html#/);
  });
});
