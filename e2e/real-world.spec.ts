import { expect, test } from '@playwright/test';
import { afterRendering } from './rendering';

const SITE = 'http://localhost:4176';

/** Every post of the real-world notes, from the sitemap the build wrote. */
async function postAddresses(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get(`${SITE}/sitemap.xml`)).text();
  const indexPages = new RegExp(`^${SITE}/(?:talks/|keywords/|speakers/|$)`);
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '').filter((url) => !indexPages.test(url));
}

const POSTS_WITH_DAYS = [
  '/2023/04/22/qcon-beijing.html',
  '/2023/11/19/jsconf-jp.html',
  '/2023/09/07/if-kakao.html',
  '/2023/06/15/jax-mainz.html',
  '/2022/10/20/devoxx-belgium.html',
  '/2021/05/03/lost-front-matter.html',
  '/2023/04/18/kubecon-eu.html',
  '/2023/02/01/fosdem.html',
  '/2023/05/20/pycon-kr.html',
  '/2023/07/08/writing-notes.html',
  '/2023/08/30/gophercon.html',
];

test('the real-world notes build, every one listed', async ({ request }) => {
  const addresses = await postAddresses(request);
  expect(addresses.length).toBeGreaterThanOrEqual(15);
  for (const path of POSTS_WITH_DAYS) expect(addresses).toContain(`${SITE}${path}`);
});

test('no page shows template syntax; every heading has an id and a # link', async ({ page, request }) => {
  // One page load per post (24 of them): on a busy 2-core machine that passed 30 s.
  test.setTimeout(120_000);
  for (const url of [`${SITE}/`, ...(await postAddresses(request))]) {
    await page.goto(url);
    const text = await page.locator('body').innerText();
    for (const syntax of ['{%', '{{<', '{{%', '{{ site', '{{ page', '{:toc}', '{: ']) expect(text, `${url} shows ${syntax}`).not.toContain(syntax);
    const headings = await page.locator('.post-body :is(h2, h3, h4, h5, h6)').evaluateAll((elements) =>
      elements.map((heading) => ({
        text: heading.textContent,
        id: heading.id || heading.closest('article.talk')?.id || '',
        anchor: heading.querySelector(':scope > a.heading-anchor')?.getAttribute('href') ?? '',
      })),
    );
    for (const heading of headings) {
      expect(heading.id, `${url}: ${heading.text}`).not.toBe('');
      expect(heading.anchor, `${url}: ${heading.text}`).toBe(`#${heading.id}`);
    }
  }
});

test('each post that has days shows its session list with them', async ({ page }) => {
  for (const path of POSTS_WITH_DAYS) {
    await page.goto(`${SITE}${path}`);
    const days = page.getByRole('navigation', { name: '会议日程' }).locator('.outline-day');
    expect(await days.count(), path).toBeGreaterThanOrEqual(1);
  }
});

test('Jekyll Liquid, kramdown and Hexo: values filled in, code fenced, attributes applied, excerpt on the home page', async ({ page }) => {
  await page.goto(`${SITE}/2023/04/22/qcon-beijing.html`);
  await expect(page.locator('.post-body')).toContainText(`本文链接：http://localhost:4176/2023/04/22/qcon-beijing.html`);
  await expect(page.locator('a', { hasText: 'FFA 笔记' })).toHaveAttribute('href', '/2019/11/30/flink-forward-asia.html');
  await expect(page.locator('pre code.language-yaml')).toContainText('apiVersion: v1');
  await expect(page.locator('.post-body')).toContainText('{{ message }}');
  await expect(page.locator('h3#arch-track.track')).toHaveCount(1);
  await expect(page.locator('nav.inline-toc a[href="#主会场"]')).toHaveCount(1);

  await page.goto(`${SITE}/`);
  const devoxx = page.locator('.post-list > li', { hasText: 'Devoxx Belgium 2022' });
  await expect(devoxx.locator('.post-list-excerpt')).toHaveText('Short intro for the home page.');
});

test('Hugo shortcodes: a video facade that calls YouTube only on click, figure, ref, highlight', async ({ page }) => {
  const youtube: string[] = [];
  await page.route(/youtube/, (route) => {
    youtube.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<p>player</p>' });
  });
  await page.goto(`${SITE}/2023/11/19/jsconf-jp.html`);
  await expect(page.locator('figure figcaption')).toHaveText('メインホールのステージ');
  await expect(page.locator('a', { hasText: 'QCon のメモ' })).toHaveAttribute('href', '/2023/04/22/qcon-beijing.html');
  await expect(page.locator('pre code.language-ts')).toContainText('const x: number = 1;');
  await expect(page.locator('.post-body')).toContainText('補足: スライドは後日公開。');
  // A relref to a heading of the same page is that page's anchor, not an error.
  await expect(page.getByRole('link', { name: '上の議題' })).toHaveAttribute('href', `#${encodeURIComponent('型安全なフロントエンド設計')}`);
  await expect(page.locator('[id="型安全なフロントエンド設計"]')).toHaveCount(1);
  await afterRendering(page);
  expect(youtube).toEqual([]);
  await page.locator('.video-embed a').click();
  await expect(page.locator('.video-embed iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  await expect(page.locator('.video-embed iframe')).toHaveAttribute('sandbox', /allow-scripts/);
});

test('images next to a post are published next to its page, sized and lazy below the fold', async ({ page, request }) => {
  await page.goto(`${SITE}/2022/10/20/devoxx-belgium.html`);
  const stage = page.locator('img[alt="The main stage"]');
  await expect(stage).toHaveAttribute('width', '4');
  await expect(stage).toHaveAttribute('height', '3');
  expect(await stage.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(4);
  const response = await request.get(`${SITE}/2022/10/20/img/stage.png`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  await expect(page.locator('img[alt="missing slide"]')).toHaveAttribute('loading', 'lazy');
});

test('embeds: https frames kept, lazy and sandboxed; scripts gone, their blockquote kept', async ({ page }) => {
  await page.goto(`${SITE}/2023/06/15/jax-mainz.html`);
  const frame = page.locator('iframe.embed');
  await expect(frame).toHaveAttribute('src', 'https://speakerdeck.com/player/abc123');
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(frame).toHaveAttribute('sandbox', /allow-scripts/);
  await expect(page.locator('.post-body script')).toHaveCount(0);
  await expect(page.locator('blockquote')).toContainText('Ein Zitat aus dem Vortrag.');
  await expect(page.locator('.box strong')).toHaveText('Fazit:');
  await expect(page.locator('p.lead')).toHaveText('Die Keynote war voll.');
  await page.goto(`${SITE}/2023/05/20/pycon-kr.html`);
  await expect(page.locator('iframe')).toHaveCount(1);
});

test('wikilinks, links to .md files, a linked heading, and front matter oddities', async ({ page, request }) => {
  await page.goto(`${SITE}/2023/07/08/writing-notes.html`);
  await expect(page.getByRole('link', { name: '2022-10-20-devoxx-belgium' })).toHaveAttribute('href', '/2022/10/20/devoxx-belgium.html');
  await expect(page.getByRole('link', { name: 'KubeCon' })).toHaveAttribute('href', '/2023/04/18/kubecon-eu.html');
  await expect(page.locator('.post-body')).toContainText('a note that does not exist');
  await expect(page.getByRole('link', { name: 'a note that does not exist' })).toHaveCount(0);

  await page.goto(`${SITE}/2023/04/18/kubecon-eu.html`);
  await expect(page.getByRole('link', { name: 'the JSConf notes' })).toHaveAttribute('href', '/2023/11/19/jsconf-jp.html');
  await expect(page.getByRole('link', { name: 'Devoxx' })).toHaveAttribute('href', '/2022/10/20/devoxx-belgium.html#day-1');

  await page.goto(`${SITE}/2023/09/07/if-kakao.html`);
  const linked = page.locator('h2', { hasText: '세션 영상 모음' });
  await expect(linked.locator('a[href="https://if.kakao.com/"]')).toHaveCount(1);
  await expect(linked.locator('a.heading-anchor')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: '会议日程' }).getByRole('link', { name: '세션 영상 모음' })).toHaveCount(1);

  await page.goto(`${SITE}/2021/05/03/lost-front-matter.html`);
  await expect(page.locator('body')).not.toContainText('title: Notes whose front matter');
  await expect(page.locator('h1')).toHaveText('Notes whose front matter lost its opening line');
  // Hexo's front matter without its opening ---: title and date read, published at the date's address.
  await page.goto(`${SITE}/2021/06/01/front-matter-without-opening.html`);
  await expect(page.locator('h1')).toHaveText('Hexo 写的笔记：没有开头的 ---');
  await expect(page.locator('.post-header time')).toHaveAttribute('datetime', '2021-06-01');
  await expect(page.locator('body')).not.toContainText('categories:');
  expect((await request.get(`${SITE}/2023/01/10/qiita-draft.html`)).status()).toBe(404);
});

test('ids with a percent sign (allowed through <a name>) link, highlight and copy without errors', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${SITE}/2023/12/01/percent-ids.html#growth-50%25`);
  await expect(page.locator('[id="growth-50%"]')).toBeInViewport();
  const nav = page.getByRole('navigation', { name: '会议日程' });
  await expect(nav.locator('a[aria-current="location"]')).toHaveAttribute('href', '#growth-50%');
  await nav.locator('a[href="#day1-100%"]').click();
  await expect(nav.locator('a[aria-current="location"]')).toHaveAttribute('href', '#day1-100%');
  await page.locator('[id="day1-100%"] a.heading-anchor').click();
  await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toEqual(`${SITE}/2023/12/01/percent-ids.html#day1-100%`);
  expect(errors).toEqual([]);
});

test('an article written with the talk idiom stays an article: lists, a contents list, no talk counts', async ({ page }) => {
  await page.goto(`${SITE}/2023/03/01/flink-best-practices.html`);
  const contents = page.getByRole('navigation', { name: '目录' });
  await expect(contents.locator('.outline > li > a')).toHaveText(['Performance', '运维']);
  await expect(contents.locator('.outline-sessions a')).toHaveText(['升级']);
  await expect(contents.locator('.talk-count')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '会议日程' })).toHaveCount(0);
  await expect(page.locator('article.talk')).toHaveCount(0);
  await expect(page.locator('.post-body > ul').first().locator('> li')).toHaveCount(3);

  await page.goto(`${SITE}/`);
  const item = page.locator('.post-list > li', { hasText: 'Flink 生产环境最佳实践清单' });
  await expect(item.locator('.post-list-counts')).toHaveCount(0);
  await page.goto(`${SITE}/talks/2023/`);
  await expect(page.locator('.talk-index-conference', { hasText: 'Flink 生产环境最佳实践清单' })).toHaveCount(0);
  await expect(page.locator('.talk-index-conference', { hasText: 'QCon 北京 2023' })).toHaveCount(1);
  // Conference notes without days stay notes when the front matter says so.
  await page.goto(`${SITE}/talks/2022/`);
  await expect(page.locator('.talk-index-conference', { hasText: 'Berlin Buzzwords' }).locator('[data-talk]')).toHaveCount(2);
});
