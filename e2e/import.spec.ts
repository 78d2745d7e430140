import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/*
 * Three old blogs (lib/import/fixtures), each moved by `npm run import --
 * --verify` into a fresh copy of the project and built (scripts/e2e-site.mjs).
 * Every address each old site published, as its own generator built it
 * (Jekyll 4.3, Hugo 0.111, Hexo 8), is asked for here, through the served
 * site, with what must answer there.
 */

const JEKYLL = 'http://localhost:4178';
const HUGO = 'http://localhost:4179/blog';
const HEXO = 'http://localhost:4180';
const fixture = (...parts: string[]) => readFileSync(path.join(import.meta.dirname, '..', 'lib', 'import', 'fixtures', ...parts));

/** Status of each address, so that a failure names every address that does not answer. */
async function statuses(page: Page, site: string, addresses: readonly string[]): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const address of addresses) result[address] = (await page.request.get(`${site}${encodeURI(address)}`, { maxRedirects: 0 })).status();
  return result;
}

/** The feed as the browser's XML parser reads it: each entry's id and link. */
async function feedEntries(page: Page, url: string): Promise<{ root: string; entries: Array<{ id: string; link: string }> }> {
  const xml = await (await page.request.get(url)).text();
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const entries = [...document.querySelectorAll('entry, item')].map((entry) => ({
      id: entry.querySelector('id, guid')?.textContent ?? '',
      link: entry.querySelector('link')?.getAttribute('href') || entry.querySelector('link')?.textContent || '',
    }));
    return { root: document.documentElement.nodeName, entries };
  }, xml);
}

async function bytesAt(page: Page, url: string): Promise<Buffer> {
  const response = await page.request.get(url);
  expect(response.status(), url).toEqual(200);
  return response.body();
}

/** Where a redirect page sends the browser. */
async function redirectedTo(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.waitForURL((current) => current.href !== url);
  return page.url();
}

test.describe('a Jekyll blog moved in (.html posts, :categories permalink, pages, files, a Disqus include)', () => {
  const ADDRESSES = [
    '/', '/2019/11/30/flink-forward-asia.html', '/2020/01/01/new-year.html', '/404.html', '/about.html', '/archive.html', '/articles/flink-tuning.html',
    '/assets/css/style.css', '/assets/css/style.css.map', '/atom.xml', '/CNAME', '/conference/2020/01/15/kafka-summit.html', '/conference/notes/2021/03/04/qcon-beijing.html',
    '/contact/', '/downloads/notes.zip', '/favicon.ico', '/feed.xml', '/images/avatar.png', '/images/flink-arch.jpg', '/images/kafka.png', '/page2/', '/page3/',
    '/slides/ffa-2019.pdf', '/slides/kafka.pdf', '/talks/2022/06/01/kubecon-cn.html',
  ];

  test('every address the old site published answers', async ({ page }) => {
    expect(await statuses(page, JEKYLL, ADDRESSES)).toEqual(Object.fromEntries(ADDRESSES.map((address) => [address, 200])));
  });

  test('files come over byte for byte', async ({ page }) => {
    for (const file of ['slides/kafka.pdf', 'images/kafka.png', 'CNAME', 'downloads/notes.zip', 'favicon.ico']) {
      expect((await bytesAt(page, `${JEKYLL}/${file}`)).equals(fixture('jekyll-site', file)), file).toEqual(true);
    }
  });

  test('an .html post is notes with its talks, sanitised, at its :categories address, with its Disqus thread as the old include named it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${JEKYLL}/conference/2020/01/15/kafka-summit.html`);
    await expect(page.locator('h1')).toHaveText('Kafka Summit London 2020 笔记');
    await expect(page.locator('.session-list')).toContainText('KIP-500: Kafka without ZooKeeper');
    await expect(page.locator('.post-body img[alt="会场"]')).toHaveJSProperty('naturalWidth', 64);
    const comments = page.locator('section.comments');
    await expect(comments).toHaveAttribute('data-disqus-shortname', 'jekyll-notes-fixture');
    await expect(comments).toHaveAttribute('data-disqus-identifier', 'https://notes.example.org/conference/2020/01/15/kafka-summit.html');
    expect(requested.filter((url) => url.includes('twitter.com'))).toEqual([]);
    await page.goto(`${JEKYLL}/conference/notes/2021/03/04/qcon-beijing.html`);
    await expect(page.locator('.post-body [onclick]')).toHaveCount(0);
  });

  test('a post dated in another time zone keeps the old site’s day; a post without comments shows none', async ({ page }) => {
    await page.goto(`${JEKYLL}/2020/01/01/new-year.html`);
    await expect(page.locator('h1')).toHaveText('写在新年');
    await expect(page.locator('section.comments')).toHaveCount(0);
  });

  test('pages are in the site’s layout, outside the home list and the feeds', async ({ page }) => {
    await page.goto(`${JEKYLL}/about.html`);
    await expect(page.locator('h1')).toHaveText('关于');
    await expect(page.locator('.post-body img[alt="头像"]')).toHaveJSProperty('naturalWidth', 40);
    await page.goto(`${JEKYLL}/`);
    await expect(page.locator('.post-list')).not.toContainText('关于');
    expect((await feedEntries(page, `${JEKYLL}/atom.xml`)).entries.map((entry) => entry.link)).not.toContain(`https://notes.example.org/about.html`);
  });

  test('both old feeds name their entries by Jekyll’s post.id, as the old feeds did', async ({ page }) => {
    await page.goto(`${JEKYLL}/`);
    for (const feed of ['/atom.xml', '/feed.xml']) {
      const { root, entries } = await feedEntries(page, `${JEKYLL}${feed}`);
      expect(root).toEqual('feed');
      expect(entries.map((entry) => entry.id)).toEqual([
        'https://notes.example.org/talks/2022/06/01/kubecon-cn',
        'https://notes.example.org/conference/notes/2021/03/04/qcon-beijing',
        'https://notes.example.org/conference/2020/01/15/kafka-summit',
        'https://notes.example.org/2020/01/01/new-year',
        'https://notes.example.org/2019/11/30/flink-forward-asia',
        'https://notes.example.org/articles/flink-tuning',
      ]);
    }
  });

  test('the old archive sends readers home; the old paginated pages, to the same page of the home list', async ({ page }) => {
    expect(await redirectedTo(page, `${JEKYLL}/archive.html`)).toEqual(`${JEKYLL}/`);
    expect(await redirectedTo(page, `${JEKYLL}/page2/`)).toEqual(`${JEKYLL}/page/2/`);
    expect(await redirectedTo(page, `${JEKYLL}/page3/`)).toEqual(`${JEKYLL}/page/3/`);
  });

  test('the home list keeps the old site’s page size (paginate: 2), each page linking to its newer and older page', async ({ page }) => {
    const pages: Array<{ titles: string[]; prev: string | null; next: string | null; where: string }> = [];
    for (const address of ['/', '/page/2/', '/page/3/']) {
      await page.goto(`${JEKYLL}${address}`);
      pages.push({
        titles: await page.locator('.post-list-title a').allTextContents(),
        ...(await page.evaluate(() => ({
          prev: document.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null,
          next: document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null,
        }))),
        where: await page.locator('.list-pagination-where').innerText(),
      });
    }
    expect(pages).toEqual([
      { titles: ['KubeCon China 2022', 'QCon 北京 2021'], prev: null, next: '/page/2/', where: '第 1 页，共 3 页' },
      { titles: ['Kafka Summit London 2020 笔记', '写在新年'], prev: '/', next: '/page/3/', where: '第 2 页，共 3 页' },
      { titles: ['FLINK FORWARD ASIA 2019 参会总结', 'Flink 作业调优清单'], prev: '/page/2/', next: null, where: '第 3 页，共 3 页' },
    ]);
    expect((await page.request.get(`${JEKYLL}/page/4/`)).status()).toEqual(404);
  });
});

test.describe('a Hugo blog moved in (page bundles, aliases, a page, static/, [permalinks], a base path)', () => {
  const TAGS = ['cloud-native', 'fosdem', 'go', 'kubernetes', 'open-source'];
  const ADDRESSES = [
    '/', '/2023/02/fosdem-2023/', '/2023/02/fosdem-2023/janson.png', '/2023/03/generics-in-go/', '/2023/04/kubecon--cloudnativecon-europe-2023/',
    '/2023/04/kubecon--cloudnativecon-europe-2023/slides.pdf', '/2023/04/kubecon--cloudnativecon-europe-2023/stage.jpg', '/2023/kubecon-amsterdam/', '/about/',
    '/categories/', '/categories/conference/', '/categories/conference/index.xml', '/categories/conference/page/1/', '/categories/index.xml', '/categories/page/1/',
    '/files/cheatsheet.pdf', '/images/logo.png', '/index.xml', '/page/1/', '/page/2/', '/posts/', '/posts/index.xml', '/posts/page/1/', '/posts/page/2/', '/robots.txt',
    '/sitemap.xml', '/tags/', '/tags/index.xml', '/tags/page/1/', '/tags/page/2/', '/tags/page/3/', '/talks/special/',
    ...TAGS.flatMap((tag) => [`/tags/${tag}/`, `/tags/${tag}/index.xml`, `/tags/${tag}/page/1/`]),
  ];

  test('every address the old site published answers, under its base path', async ({ page }) => {
    expect(await statuses(page, HUGO, ADDRESSES)).toEqual(Object.fromEntries(ADDRESSES.map((address) => [address, 200])));
  });

  test('a page bundle keeps its files beside the post; refs to it by folder name and by path resolve', async ({ page }) => {
    await page.goto(`${HUGO}/2023/04/kubecon--cloudnativecon-europe-2023/`);
    await expect(page.locator('h1')).toHaveText('KubeCon + CloudNativeCon Europe 2023');
    await expect(page.locator('.post-body img[alt="The main stage"]')).toHaveJSProperty('naturalWidth', 60);
    expect((await bytesAt(page, `${HUGO}/2023/04/kubecon--cloudnativecon-europe-2023/slides.pdf`)).equals(fixture('hugo-site', 'content', 'posts', 'kubecon-eu-2023', 'slides.pdf'))).toEqual(true);
    await page.goto(`${HUGO}/2023/02/fosdem-2023/`);
    await expect(page.getByRole('link', { name: 'KubeCon', exact: true })).toHaveAttribute('href', '/blog/2023/04/kubecon--cloudnativecon-europe-2023/');
    await expect(page.getByRole('link', { name: 'second day' })).toHaveAttribute('href', '/blog/2023/04/kubecon--cloudnativecon-europe-2023/#day-2-maintainer-track');
    await expect(page.getByRole('link', { name: 'my article' })).toHaveAttribute('href', '/blog/2023/03/generics-in-go/');
  });

  test('an alias and a tag page send readers on', async ({ page }) => {
    expect(await redirectedTo(page, `${HUGO}/2023/kubecon-amsterdam/`)).toEqual(`${HUGO}/2023/04/kubecon--cloudnativecon-europe-2023/`);
    expect(await redirectedTo(page, `${HUGO}/tags/cloud-native/`)).toEqual(`${HUGO}/keywords/cloud-native/`);
  });

  test('the RSS feeds keep their entries’ guids; a tag’s feed lists that tag’s posts', async ({ page }) => {
    await page.goto(`${HUGO}/`);
    const home = await feedEntries(page, `${HUGO}/index.xml`);
    expect(home.root).toEqual('rss');
    expect(home.entries.map((entry) => entry.id)).toEqual([
      'https://hugo.example.org/blog/2023/04/kubecon--cloudnativecon-europe-2023/',
      'https://hugo.example.org/blog/2023/03/generics-in-go/',
      'https://hugo.example.org/blog/2023/02/fosdem-2023/',
      'https://hugo.example.org/blog/talks/special/',
    ]);
    expect((await feedEntries(page, `${HUGO}/tags/go/index.xml`)).entries.map((entry) => entry.id)).toEqual(['https://hugo.example.org/blog/2023/03/generics-in-go/']);
  });

  test('every post shows its thread, found by URL as Hugo’s embed did; the robots.txt and the draft stay as they were', async ({ page }) => {
    await page.goto(`${HUGO}/2023/03/generics-in-go/`);
    const comments = page.locator('section.comments');
    await expect(comments).toHaveAttribute('data-disqus-shortname', 'hugo-notes-fixture');
    expect(await comments.getAttribute('data-disqus-identifier')).toEqual(null);
    expect((await bytesAt(page, `${HUGO}/robots.txt`)).equals(fixture('hugo-site', 'static', 'robots.txt'))).toEqual(true);
    expect((await page.request.get(`${HUGO}/1/01/unfinished-notes-from-a-meetup-that-i-never-wrote-up/`)).status()).toEqual(404);
  });
});

test.describe('a Hexo blog moved in (default permalink, post asset folders, Japanese)', () => {
  const ADDRESSES = [
    '/', '/2022/01/05/hello-world/', '/2023/10/28/vueconf-2023/', '/2023/11/19/jsconf-jp-2023/', '/2023/11/19/jsconf-jp-2023/hall.jpg', '/2023/11/19/jsconf-jp-2023/slides.pdf',
    '/2023/11/19/jsconf-jp-2023/stage.png', '/about/', '/archives/', '/archives/2022/', '/archives/2022/01/', '/archives/2023/', '/archives/2023/10/', '/archives/2023/11/',
    '/atom.xml', '/categories/カンファレンス/', '/files/data.csv', '/images/banner.png', '/page/2/', '/tags/JavaScript/', '/tags/TypeScript/', '/tags/Vue/',
  ];

  test('every address the old site published answers', async ({ page }) => {
    expect(await statuses(page, HEXO, ADDRESSES)).toEqual(Object.fromEntries(ADDRESSES.map((address) => [address, 200])));
  });

  test('images of the asset folder show, by asset_img and by Markdown', async ({ page }) => {
    await page.goto(`${HEXO}/2023/11/19/jsconf-jp-2023/`);
    await expect(page.locator('h1')).toHaveText('JSConf JP 2023 参加レポート');
    await expect(page.locator('.post-body img[alt="メインホール"]')).toHaveJSProperty('naturalWidth', 70);
    await expect(page.locator('.post-body img[alt="ステージ"]')).toHaveJSProperty('naturalWidth', 30);
    await expect(page.getByRole('link', { name: 'こちら' })).toHaveAttribute('href', 'slides.pdf');
  });

  test('threads keep the identifier the theme sent; the feed keeps its ids', async ({ page }) => {
    await page.goto(`${HEXO}/2023/11/19/jsconf-jp-2023/`);
    await expect(page.locator('section.comments')).toHaveAttribute('data-disqus-identifier', '2023/11/19/jsconf-jp-2023/');
    const { root, entries } = await feedEntries(page, `${HEXO}/atom.xml`);
    expect(root).toEqual('feed');
    expect(entries.map((entry) => entry.id)).toEqual(['https://hexo.example.org/2023/11/19/jsconf-jp-2023/', 'https://hexo.example.org/2023/10/28/vueconf-2023/', 'https://hexo.example.org/2022/01/05/hello-world/']);
  });

  test('a tag page sends readers to the keyword', async ({ page }) => {
    expect(await redirectedTo(page, `${HEXO}/tags/JavaScript/`)).toEqual(`${HEXO}/keywords/javascript/`);
  });
});
