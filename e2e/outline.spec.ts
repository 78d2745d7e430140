import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { afterRendering } from './rendering';

const SEED = '/2019/11/30/flink-forward-asia.html';
const WIDE = { width: 1400, height: 900 };
const NARROW = { width: 375, height: 760 };

const SEED_OUTLINE = [
  {
    day: 'Day 1',
    sessions: [
      {
        id: 'day1-morning',
        talks: [
          'Stateful Functions: Building general-purpose Applications and Services on Apache Flink',
          'Apache Flink Heading Towards A Unified Engine',
          'Reliable Streaming Infrastructure for the Enterprise',
          'Lyft基于Apache Flink的大规模准实时数据分析平台',
        ],
      },
      {
        id: 'day1-afternoon',
        talks: [
          'Pluggable Shuffle Service and Unaligned Checkpoints',
          'Bring Cross DC and Cross Data Source SQL Engine to Apache Flink',
          'New Flink source API: Make it easy',
          'Stateful Functions: Unlocking the next wave of applications with Stream Processing',
          'Apache Flink新场景——OLAP引擎',
        ],
      },
    ],
  },
  {
    day: 'Day 2',
    sessions: [
      {
        id: 'day2-morning',
        talks: [
          'Apache Flink 在网易的实践',
          'Apache Flink 在中国农业银行的探索和实践',
          '基于Apache Flink的爱奇艺实时计算平台建设实践',
          '实时计算在贝壳的实践',
          '基于Flink构建CEP（Complex Event Process）引擎的挑战和实践',
        ],
      },
    ],
  },
];

const sessionList = (page: Page) => page.getByRole('navigation', { name: '会议日程' });

/** The target's top edge, in viewport pixels, and whether it is the element actually shown there. */
async function placement(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const element = document.getElementById(targetId);
    if (!element) return undefined;
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 8, Math.max(0, box.top) + 8);
    return { top: box.top, uncovered: hit !== null && element.contains(hit) };
  }, id);
}

async function expectAtTop(page: Page, id: string) {
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect.poll(async () => (await placement(page, id))?.top ?? -1).toBeGreaterThanOrEqual(0);
  const where = await placement(page, id);
  expect(where?.top, `${id} near the top`).toBeLessThan(40);
  expect(where?.uncovered, `${id} not covered`).toBe(true);
}

test.describe('the session list of the seed post', () => {
  test.use({ viewport: WIDE });

  test('nests Day → session → talk, links all four legacy ids and all 14 talks, in document order', async ({ page }) => {
    await page.goto(SEED);
    const nav = sessionList(page);
    await expect(nav).toBeVisible();
    const structure = await nav.evaluate((element) =>
      [...element.querySelectorAll(':scope .outline > li')].map((entry) => ({
        link: entry.querySelector(':scope > a')?.textContent,
        sessions: [...entry.querySelectorAll(':scope > ol > li')].map((session) => ({
          id: session.querySelector(':scope > a')?.getAttribute('href')?.slice(1),
          talks: [...session.querySelectorAll(':scope > ol > li > a')].map((talk) => talk.textContent),
        })),
      })),
    );
    expect(structure).toEqual([
      ...SEED_OUTLINE.map(({ day, sessions }) => ({ link: day, sessions })),
      { link: '后记', sessions: [] },
    ]);

    const hrefs = await nav.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const id of ['day1-morning', 'day1-afternoon', 'day2-morning', 'conclusion']) expect(hrefs).toContain(`#${id}`);
    const inDocumentOrder = await nav.evaluate((element) => {
      const targets = [...element.querySelectorAll('a')].map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
      return targets.every((target, index) => {
        const previous = targets[index - 1];
        if (!target) return false;
        return index === 0 || (previous !== null && previous !== undefined && (previous.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
      });
    });
    expect(inDocumentOrder).toBe(true);
    await expect(nav.locator('.talk-count')).toHaveText(['(4 个议题)', '(5 个议题)', '(5 个议题)']);
  });

  test('every talk element holds its title and its whole summary, numbered points included', async ({ page }) => {
    await page.goto(SEED);
    const talks = page.locator('article.talk');
    await expect(talks).toHaveCount(14);
    // Each title is followed by its `#` link.
    await expect(page.locator('article.talk > .talk-title')).toHaveText(
      SEED_OUTLINE.flatMap((day) => day.sessions.flatMap((session) => session.talks.map((title) => `${title}#`))),
    );
    for (const talk of await talks.all()) await expect(talk.locator('.talk-summary')).not.toBeEmpty();
    const engine = page.locator('article.talk#apache-flink-heading-towards-a-unified-engine');
    await expect(engine.locator('ol > li')).toHaveCount(4);
    await expect(engine).toContainText('主要介绍Flink中国社区');
    await expect(engine).toContainText('最后算来个硬广');
    const lyft = page.locator('article.talk', { hasText: 'Lyft基于Apache Flink的大规模准实时数据分析平台' });
    await expect(lyft.locator('ol > li')).toHaveCount(3);
    await expect(lyft).toContainText('Parquet的优化方案');
    // No numbered list is left between talks, outside the talk it belongs to.
    await expect(page.locator('section.session > ol, section.session > ul')).toHaveCount(0);
  });

  test('days and sessions are sections labelled by their headings; one h1 and no gaps in heading levels', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.getByRole('region', { name: 'Day 1', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Day 1 上午的主会场/ })).toBeVisible();
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1);
    });
    await expect(page.locator('h2#day1-morning, h2#day1-afternoon, h2#day2-morning, h2#conclusion')).toHaveCount(4);
    await expect(page.locator('article.talk > h3')).toHaveCount(14);
  });

  test('opening #<talk id> puts that talk at the top of the viewport', async ({ page }) => {
    await page.goto(`${SEED}#lyft基于apache-flink的大规模准实时数据分析平台`);
    await expectAtTop(page, 'lyft基于apache-flink的大规模准实时数据分析平台');
    await page.goto(`${SEED}#new-flink-source-api-make-it-easy`);
    await expectAtTop(page, 'new-flink-source-api-make-it-easy');
  });

  test('clicking session-list links one after another, then the first again, scrolls each time', async ({ page }) => {
    await page.goto(SEED);
    await afterRendering(page);
    const nav = sessionList(page);
    const sequence = ['day1-afternoon', 'apache-flink-在网易的实践', 'day1-morning', 'day1-afternoon'];
    for (const id of sequence) {
      await nav.locator(`a[href="#${id}"]`).click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${id}`);
      await expectAtTop(page, id);
    }
    // The same link again after scrolling away: still scrolls there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.locator('h1')).toBeInViewport();
    await nav.locator('a[href="#day1-afternoon"]').click();
    await expectAtTop(page, 'day1-afternoon');
  });

  test('sits beside the text and stays in view while reading, marking the part being read', async ({ page }) => {
    await page.goto(SEED);
    const nav = sessionList(page);
    const navBox = await nav.boundingBox();
    const bodyBox = await page.locator('.post-body').boundingBox();
    expect(navBox && bodyBox && navBox.x >= bodyBox.x + bodyBox.width).toBe(true);
    await page.goto(`${SEED}#day2-morning`);
    await expect(nav).toBeInViewport();
    await expect(nav.locator('a[aria-current="location"]')).toHaveAttribute('href', '#day2-morning');
    await page.locator('#conclusion').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(nav.locator('a[aria-current="location"]')).toHaveAttribute('href', '#conclusion');
    await expect(nav).toBeInViewport();
  });

  test('the entry being read is marked with a bar and background, its session and day too, not by weight alone', async ({ page }) => {
    await page.goto(`${SEED}#apache-flink-在中国农业银行的探索和实践`);
    const nav = sessionList(page);
    const current = nav.locator('a[aria-current="location"]');
    await expect(current).toHaveAttribute('href', '#apache-flink-在中国农业银行的探索和实践');
    const look = (href: string) =>
      nav.locator(`a[href="${href}"]`).evaluate((link) => {
        const style = getComputedStyle(link);
        return { weight: style.fontWeight, underline: style.textDecorationLine, background: style.backgroundColor, bar: style.boxShadow !== 'none' };
      });
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent-bg').trim());
    expect(accent).toEqual('#fff8c5');
    expect(await look('#apache-flink-在中国农业银行的探索和实践')).toEqual({ weight: '600', underline: 'none', background: 'rgb(255, 248, 197)', bar: true });
    // Its session and its day: bold and underlined in the link colour.
    for (const parent of ['#day2-morning', '#day-2']) expect(await look(parent), parent).toEqual({ weight: '600', underline: 'underline', background: 'rgba(0, 0, 0, 0)', bar: false });
    // Another day's session is not marked.
    expect((await look('#day1-morning')).underline).toEqual('none');
  });

  test('opening a day marks its first heading, not the whole day', async ({ page }) => {
    await page.goto(`${SEED}#day-1`);
    const backgrounds = await page.evaluate(() => ({
      day: getComputedStyle(document.getElementById('day-1')!).backgroundColor,
      heading: getComputedStyle(document.getElementById('day1-morning')!).backgroundColor,
      talk: getComputedStyle(document.querySelector('article.talk')!).backgroundColor,
    }));
    expect(backgrounds).toEqual({ day: 'rgba(0, 0, 0, 0)', heading: 'rgb(255, 248, 197)', talk: 'rgba(0, 0, 0, 0)' });
  });

  test('talk counts never wrap inside the phrase', async ({ page }) => {
    await page.setViewportSize({ width: 1152, height: 900 });
    await page.goto(SEED);
    const lines = await sessionList(page)
      .locator('.talk-count')
      .evaluateAll((counts) => counts.map((count) => ({ whiteSpace: getComputedStyle(count).whiteSpace, boxes: count.getClientRects().length })));
    expect(lines).toEqual([1, 2, 3].map(() => ({ whiteSpace: 'nowrap', boxes: 1 })));
  });

  test('a talk’s # link puts its anchor in the address bar and copies the full URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED);
    await afterRendering(page);
    const talk = page.locator('article.talk#reliable-streaming-infrastructure-for-the-enterprise');
    await talk.locator('.talk-title').hover();
    const link = talk.getByRole('link', { name: '链接到“Reliable Streaming Infrastructure for the Enterprise”' });
    await link.click();
    await expect(page).toHaveURL(/#reliable-streaming-infrastructure-for-the-enterprise$/);
    await expect(page.getByRole('status')).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `http://localhost:4173${SEED}#reliable-streaming-infrastructure-for-the-enterprise`,
    );
    await expect(talk).toHaveCSS('border-left-color', await page.evaluate(() => getComputedStyle(document.querySelector('a')!).color));
  });
});

test('the session list works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: NARROW });
  const page = await context.newPage();
  await page.goto(SEED);
  const nav = sessionList(page);
  await nav.getByText('会议日程').click();
  await nav.getByRole('link', { name: 'New Flink source API: Make it easy' }).click();
  await expectAtTop(page, 'new-flink-source-api-make-it-easy');
  // On a wide screen the list shows beside the text though its <details> is closed.
  await page.setViewportSize(WIDE);
  await page.goto(SEED);
  await expect(nav.locator('details')).not.toHaveAttribute('open');
  await expect(nav.getByRole('link', { name: 'Day 2' })).toBeVisible();
  await context.close();
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: NARROW });

  test('the session list is a collapsed disclosure at the top that overlaps nothing', async ({ page }) => {
    await page.goto(SEED);
    const nav = sessionList(page);
    const details = nav.locator('details');
    await expect(details).not.toHaveAttribute('open');
    await expect(nav.locator('a').first()).toBeHidden();
    const boxes = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON() as DOMRect;
      return { nav: box('.session-list'), header: box('.post-header'), body: box('.post-body'), position: getComputedStyle(document.querySelector('.session-list')!).position };
    });
    expect(boxes.position).toBe('static');
    expect(boxes.nav.top).toBeGreaterThanOrEqual(boxes.header.bottom);
    expect(boxes.nav.bottom).toBeLessThanOrEqual(boxes.body.top);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await nav.getByText('会议日程').click();
    await expect(details).toHaveAttribute('open', '');
    await nav.getByRole('link', { name: '实时计算在贝壳的实践' }).click();
    await expectAtTop(page, '实时计算在贝壳的实践');
  });

  test('nothing is wider than a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', SEED]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});

test.describe('themes and print', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme} theme: no colour-contrast violation (axe-core)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const viewport of [WIDE, NARROW]) {
        await page.setViewportSize(viewport);
        await page.goto(SEED);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(0);
      }
    });
  }

  test('print drops the session list and navigation', async ({ page }) => {
    await page.goto(SEED);
    await page.emulateMedia({ media: 'print' });
    await expect(sessionList(page)).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  });
});

test('the home page says how many days, sessions and talks each post covers', async ({ page }) => {
  await page.goto('/');
  const seed = page.locator('.post-list > li', { hasText: 'FLINK FORWARD ASIA 2019' });
  await expect(seed.locator('.post-list-counts')).toHaveText('2 天 · 3 场 · 14 个议题');
});
