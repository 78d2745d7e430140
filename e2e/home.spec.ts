import { expect, test } from '@playwright/test';

test('the home page lists every published post, newest first, linking to it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('全部笔记');
  const titles = page.locator('.post-list-title a');
  await expect(titles).toHaveText(['Notes kept out of search engines', 'FLINK FORWARD ASIA 2019 参会总结', 'Undated TOML notes']);
  await expect(titles.nth(1)).toHaveAttribute('href', '/2019/11/30/flink-forward-asia.html');
  const seed = page.locator('.post-list > li').nth(1);
  await expect(seed.locator('time')).toHaveAttribute('datetime', '2019-11-30');
  await expect(seed.locator('.post-list-description')).toHaveText('FLINK FORWARD ASIA 2019 参会总结，Take Away.');
  await expect(seed.locator('.keyword')).toHaveText(['Apache Flink', 'Flink Forward', 'FFA']);
  await titles.nth(1).click();
  await expect(page).toHaveURL(/\/2019\/11\/30\/flink-forward-asia\.html$/);
  await expect(page.locator('h1')).toHaveText('FLINK FORWARD ASIA 2019 参会总结');
});

test('the site header links home from every page', async ({ page }) => {
  await page.goto('/2019/11/30/flink-forward-asia.html');
  await page.getByRole('link', { name: 'confnotes' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the Atom feed and the sitemap leave index: false posts out', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('<id>http://localhost:4173/2019/11/30/flink-forward-asia.html</id>');
  expect(feed).toContain('<id>http://localhost:4173/notes/undated-notes.html</id>');
  expect(feed).not.toContain('not-indexed');
  expect(feed).not.toContain('draft');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>http://localhost:4173/2019/11/30/flink-forward-asia.html</loc>');
  expect(sitemap).not.toContain('not-indexed');
});
