import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * Writing with `npm run dev`: the dev server (scripts/e2e-dev-site.mjs) runs
 * on its own copy of the content, which these tests edit, one at a time, and
 * put back. Timeouts are generous ceilings for a busy CI machine; how fast an
 * edit shows is measured by `npm run bench`.
 */
const DEV = `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 10}`;
const CONTENT = path.resolve('.e2e-out', 'dev', 'content');
const SEED_FILE = path.join(CONTENT, '2019-11-30-flink-forward-asia.md');
const SEED = `${DEV}/2019/11/30/flink-forward-asia.html`;
const SEED_TITLE = 'FLINK FORWARD ASIA 2019 参会总结';

test.describe.configure({ mode: 'serial' });
/*
 * No trace for these: closing a test's context first saves its trace,
 * which waits for what Playwright still reads of the page's responses, and
 * a page of `next dev` keeps its live-reload stream open until it closes. On
 * a clean clone one test passed in 3.5 s and then spent 30 s closing its
 * context ("Tearing down "context" exceeded the test timeout"), failing the
 * run; Playwright's issues #16143 and #18016 describe the same with tracing
 * on.
 */
test.use({ trace: 'off' });

let original: string;
/*
 * `next dev` compiles each route on its first request: on a cold clean
 * clone, with the other specs running beside it, the first post page and
 * the live-reload route took 18 s, most of a test's 30 s, and the route
 * serving a post's files 24 s. The tests are about what happens after a
 * save, so the server compiles them first.
 */
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  original = readFileSync(SEED_FILE, 'utf8');
  const page = await browser.newPage();
  const live = page.waitForResponse((response) => response.url().endsWith('/confnotes-dev/live'), { timeout: 100_000 });
  await page.goto(SEED, { timeout: 100_000 });
  await live;
  await page.goto(`${DEV}/`, { timeout: 100_000 });
  // Any image address goes to app/confnotes-dev/asset: one that is not there compiles it as well.
  expect((await page.request.get(`${DEV}/2019/11/30/not-there.png`, { timeout: 100_000 })).status()).toEqual(404);
  await page.close();
});
test.afterEach(() => {
  writeFileSync(SEED_FILE, original);
  for (const name of ['2021-01-02-added-while-writing.md', '2021-01-02-renamed.md', '2021-01-03-with-image.md', 'img']) rmSync(path.join(CONTENT, name), { force: true, recursive: true });
});

test('saving a post updates the open page by itself, keeping the reader’s place', async ({ page }) => {
  await page.goto(`${SEED}#day2-morning`);
  await expect(page.locator('h1')).toHaveText(SEED_TITLE);
  await page.evaluate(() => Object.assign(window, { __beforeTheEdit: true }));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);

  writeFileSync(SEED_FILE, original.replace('* Apache Flink 在网易的实践', '* Apache Flink 在网易的实践（现场补记）'));
  await expect(page.locator('#day2-morning ~ article.talk').first()).toContainText('现场补记', { timeout: 15_000 });
  // The page reloaded by itself, where the reader was.
  expect(await page.evaluate(() => (window as unknown as { __beforeTheEdit?: boolean }).__beforeTheEdit)).toEqual(undefined);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('a page opened at 127.0.0.1, as on another device, follows a save too, and Next.js blocks none of its resources', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/blocked|allowedDevOrigins/i.test(message.text())) blocked.push(message.text());
  });
  const live = page.waitForResponse((response) => response.url().endsWith('/confnotes-dev/live'));
  await page.goto(SEED.replace('localhost', '127.0.0.1'));
  await live;
  await page.evaluate(() => Object.assign(window, { __beforeTheEdit: true }));
  writeFileSync(SEED_FILE, original.replace('* Apache Flink 在网易的实践', '* Apache Flink 在网易的实践（从另一台设备）'));
  await expect(page.locator('article.talk', { hasText: '从另一台设备' })).toHaveCount(1, { timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { __beforeTheEdit?: boolean }).__beforeTheEdit)).toEqual(undefined);
  expect(blocked).toEqual([]);
});

test('adding, renaming and deleting a post updates the home page', async ({ page }) => {
  await page.goto(`${DEV}/`);
  const titles = page.locator('.post-list-title a');
  await expect(titles).not.toContainText(['Added while writing']);

  writeFileSync(path.join(CONTENT, '2021-01-02-added-while-writing.md'), '---\ntitle: Added while writing\n---\n\n## Day 1\n\n* A talk <br>\n  Its summary.\n');
  await expect(titles.filter({ hasText: 'Added while writing' })).toHaveAttribute('href', '/2021/01/02/added-while-writing.html', { timeout: 15_000 });

  renameSync(path.join(CONTENT, '2021-01-02-added-while-writing.md'), path.join(CONTENT, '2021-01-02-renamed.md'));
  await expect(titles.filter({ hasText: 'Added while writing' })).toHaveAttribute('href', '/2021/01/02/renamed.html', { timeout: 15_000 });
  await titles.filter({ hasText: 'Added while writing' }).click();
  await expect(page.locator('h1')).toHaveText('Added while writing');
  await page.goto(`${DEV}/`);

  rmSync(path.join(CONTENT, '2021-01-02-renamed.md'));
  await expect(titles.filter({ hasText: 'Added while writing' })).toHaveCount(0, { timeout: 15_000 });
});

test('a post with an error shows the error (file, line, message) and the page recovers when it is fixed', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.locator('h1')).toHaveText(SEED_TITLE);

  writeFileSync(SEED_FILE, original.replace('keywords: Apache Flink, Flink Forward, FFA', 'keywords: [Apache Flink'));
  const problems = page.getByRole('alert', { name: /内容错误/ });
  await expect(problems.locator('code')).toHaveText(
    '.e2e-out/dev/content/2019-11-30-flink-forward-asia.md:6:1: error: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    { timeout: 15_000 },
  );
  // The rest of the site still works.
  const other = await page.request.get(`${DEV}/notes/undated-notes.html`);
  expect(other.status()).toEqual(200);

  writeFileSync(SEED_FILE, original);
  await expect(page.locator('h1')).toHaveText(SEED_TITLE, { timeout: 15_000 });
  await expect(problems).toHaveCount(0);
});

test('a body that cannot be rendered shows its error in place of the post', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.locator('h1')).toHaveText(SEED_TITLE);
  writeFileSync(SEED_FILE, `${original}\n${'> '.repeat(100)}too deep\n`);
  const lines = original.split('\n').length + 1;
  await expect(page.getByRole('alert', { name: /内容错误/ }).locator('code')).toHaveText(
    `.e2e-out/dev/content/2019-11-30-flink-forward-asia.md:${lines}: error: nests 65 blockquote or list levels deep; more than 64 are not supported`,
    { timeout: 15_000 },
  );
  // The home page lists it too, above the posts that do render.
  await page.goto(`${DEV}/`);
  await expect(page.getByRole('alert', { name: /内容错误/ }).locator('code')).toHaveText(
    `.e2e-out/dev/content/2019-11-30-flink-forward-asia.md:${lines}: error: nests 65 blockquote or list levels deep; more than 64 are not supported`,
  );
  await expect(page.locator('.post-list-title')).toHaveText(['A draft never published', 'Notes kept out of search engines', 'Undated TOML notes']);
  await page.goto(SEED);
  writeFileSync(SEED_FILE, original);
  await expect(page.locator('h1')).toHaveText(SEED_TITLE, { timeout: 15_000 });
});

test('the reader script works while writing: the session list follows the reader, after React has taken over the page', async ({ page }) => {
  // The reader changes the session list; run before hydration, that is a mismatch React reports in the console.
  const hydrationErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /hydrat/i.test(message.text())) hydrationErrors.push(message.text().slice(0, 200));
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${SEED}#day2-morning`);
  await expect(page.getByRole('navigation', { name: '会议日程' }).locator('a[aria-current="location"]')).toHaveAttribute('href', '#day2-morning');
  expect(hydrationErrors).toEqual([]);
});

test('without a search index, the search box says search works in the built site, and nothing throws', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${DEV}/`);
  await page.getByRole('searchbox', { name: '搜索' }).fill('Flink');
  await expect(page.locator('.site-search-status')).toHaveText('搜索在构建后的网站中可用（npm run build，再 npm run serve）。');
  await expect(page.locator('.site-search-results a')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an image next to a post shows while writing, as it will in the built site', async ({ page }) => {
  mkdirSync(path.join(CONTENT, 'img'));
  copyFileSync(path.resolve('e2e', 'real-world', 'img', 'stage.png'), path.join(CONTENT, 'img', 'stage.png'));
  writeFileSync(path.join(CONTENT, '2021-01-03-with-image.md'), '---\ntitle: With an image\n---\n\n![The stage](./img/stage.png)\n');
  await page.goto(`${DEV}/2021/01/03/with-image.html`);
  const image = page.locator('img[alt="The stage"]');
  await expect(image).toHaveAttribute('src', './img/stage.png');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toEqual(4);
});
