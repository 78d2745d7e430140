import { expect, test } from '@playwright/test';

// The real-world notes built with BASE_PATH=/notes, as a GitHub Pages project site is.
const SITE = 'http://localhost:4177/notes';

test('under a base path, every link, image, feed and canonical address carries it exactly once', async ({ page, request }) => {
  await page.goto(`${SITE}/`);
  await expect(page.locator('link[type="application/atom+xml"]')).toHaveAttribute('href', `${SITE}/atom.xml`);
  await page.locator('.post-list').getByRole('link', { name: 'KubeCon EU 2023' }).click();
  await expect(page).toHaveURL(`${SITE}/2023/04/18/kubecon-eu.html`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/2023/04/18/kubecon-eu.html`);
  await expect(page.getByRole('link', { name: 'the JSConf notes' })).toHaveAttribute('href', '/notes/2023/11/19/jsconf-jp.html');

  await page.goto(`${SITE}/2022/10/20/devoxx-belgium.html`);
  const stage = page.locator('img[alt="The main stage"]');
  expect(await stage.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(4);

  await page.goto(`${SITE}/2023/04/22/qcon-beijing.html`);
  await expect(page.locator('.post-body')).toContainText(`本文链接：http://localhost:4177/notes/2023/04/22/qcon-beijing.html`);
  await expect(page.locator('a', { hasText: 'FFA 笔记' })).toHaveAttribute('href', '/notes/2019/11/30/flink-forward-asia.html');
  await page.getByRole('navigation', { name: '更多笔记' }).locator('a').first().click();
  await expect(page).toHaveURL(/^http:\/\/localhost:4177\/notes\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/);
  await expect(page.locator('h1')).toHaveCount(1);

  expect((await request.get(`${SITE}/2022/10/20/img/stage.png`)).status()).toBe(200);
  expect((await request.get('http://localhost:4177/2022/10/20/devoxx-belgium.html')).status()).toBe(404);
});
