import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { afterRendering } from './rendering';

/*
 * A technical post (e2e/real-world/2023-12-05-code-and-formulas.md) with code
 * in every syntax old blogs used and formulas, as a reader gets it from the
 * built site.
 */
const SITE = 'http://localhost:4176';
const POST = `${SITE}/2023/12/05/code-and-formulas.html`;
const SEED = `${SITE}/2019/11/30/flink-forward-asia.html`;

/** Colour of each token class in a block, and of the block's plain text. */
async function tokenColours(page: Page, block: string): Promise<{ text: string; tokens: string[] }> {
  return page.locator(block).evaluate((code) => ({
    text: getComputedStyle(code).color,
    tokens: [...code.querySelectorAll('[class^="hljs-"]')].map((token) => getComputedStyle(token).color),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('every block with a known language has coloured tokens, and axe finds no contrast problem in code', async ({ page }) => {
      await page.goto(POST);
      for (const language of ['java', 'python', 'ruby', 'js', 'sql']) {
        const { text, tokens } = await tokenColours(page, `code.language-${language}`);
        expect(tokens.length, language).toBeGreaterThan(2);
        expect(tokens.filter((colour) => colour !== text).length, language).toBeGreaterThan(1);
      }
      for (const plain of ['code:not([class])', 'code.language-klingon']) expect((await tokenColours(page, plain)).tokens).toEqual([]);
      const results = await new AxeBuilder({ page }).include('.post-body pre').withRules(['color-contrast']).analyze();
      expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
    });
  });
}

test('linenos numbers the lines, hl_lines marks one; the numbers are no text', async ({ page }) => {
  await page.goto(POST);
  const ruby = page.locator('code.language-ruby');
  await expect(ruby).toHaveClass(/line-numbers/);
  await expect(ruby.locator('.line')).toHaveCount(4);
  expect(await ruby.locator('.line').first().evaluate((line) => getComputedStyle(line, '::before').content)).toEqual('counter(code-line)');
  await expect(page.locator('code.language-js .line')).toHaveCount(3);
  await expect(page.locator('code.language-js .line-marked')).toHaveText('export const count = () => talks.length;');
  expect(await ruby.textContent()).toEqual('class Talk\n  attr_reader :title\n  def to_s = "#{title}"\nend\n');
});

test('the copy button copies exactly the code, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(POST);
  const block = page.locator('pre', { has: page.locator('code.language-ruby') });
  await block.hover();
  // The real-world notes are built with uiLanguage zh-CN.
  await block.getByRole('button', { name: '复制' }).click();
  await expect(page.locator('.copy-notice')).toHaveText('代码已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toEqual('class Talk\n  attr_reader :title\n  def to_s = "#{title}"\nend\n');
});

test('without JavaScript there is no copy button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(POST);
  await expect(page.locator('pre code.language-java')).toHaveCount(1);
  await expect(page.locator('.code-copy')).toHaveCount(0);
  await context.close();
});

test('the formulas are typeset from the site’s own KaTeX, with MathML; no TeX shows, and prices stay text', async ({ page }) => {
  const fonts: Array<{ url: string; status: number }> = [];
  page.on('response', (response) => {
    if (/\.(woff2?|ttf)$/.test(response.url())) fonts.push({ url: new URL(response.url()).pathname, status: response.status() });
  });
  await page.goto(POST);
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('.post-body .katex')).toHaveCount(4);
  await expect(page.locator('.post-body .katex math')).toHaveCount(4);
  await expect(page.locator('.post-body .math-display')).toHaveCount(2);
  const text = await page.locator('.post-body').innerText();
  for (const tex of ['\\sum', '\\frac', '$$', '\\(', '\\[']) expect(text, tex).not.toContain(tex);
  expect(text).toContain('the ticket costs $5 and the workshop $10.');
  await expect(page.locator('link[rel="stylesheet"][href="/_confnotes/katex/katex.css"]')).toHaveCount(1);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((font) => !font.url.startsWith('/_confnotes/katex/fonts/') || font.status !== 200)).toEqual([]);
});

test('a post with code and formulas loads no script beyond the reader script, and nothing shifts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(POST);
  await expect(page.locator('.code-copy').first()).toBeAttached();
  await afterRendering(page);
  expect(scripts.map((script) => script.replace(/\.[A-Z0-9]+\.js$/, '.js'))).toEqual(['/_confnotes/reader.js']);
  expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
});

test('the seed post, without formulas, loads no KaTeX stylesheet or font', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(SEED);
  await page.evaluate(() => document.fonts.ready);
  await afterRendering(page);
  expect(requested.filter((path) => path.includes('katex') || /\.(woff2?|ttf)$/.test(path))).toEqual([]);
});

test('a Mermaid diagram is shown as its source, labelled', async ({ page }) => {
  await page.goto(POST);
  const diagram = page.locator('figure.diagram-source');
  await expect(diagram.locator('figcaption')).toHaveText('图（Mermaid），以源码显示');
  await expect(diagram.locator('pre code')).toHaveText('graph TD\n  Source --> Sink\n');
});
