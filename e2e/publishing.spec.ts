import { inflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const SEED = '/2019/11/30/flink-forward-asia.html';
const ORIGIN = 'http://localhost:4173';
const REAL_WORLD = 'http://localhost:4176';
const BASE_PATH_SITE = 'http://localhost:4177/notes';

/** The feed as the browser's XML parser reads it: entries' ids and links, or the parser's error. */
async function readFeed(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status(), url).toEqual(200);
  const xml = await response.text();
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const error = document.querySelector('parsererror')?.textContent ?? null;
    const root = document.documentElement.nodeName;
    const items = [...document.querySelectorAll('entry, item')].map((entry) => ({
      id: entry.querySelector('id, guid')?.textContent ?? '',
      link: entry.querySelector('link')?.getAttribute('href') || entry.querySelector('link')?.textContent || '',
    }));
    return { error, root, items };
  }, xml);
}

test.describe('feeds', () => {
  test('Atom at the old blog’s /atom.xml and at /feed.xml, RSS 2.0 at /rss.xml: valid XML listing the seed post by its absolute URL', async ({ page }) => {
    await page.goto('/');
    for (const [path, root] of [['/atom.xml', 'feed'], ['/feed.xml', 'feed'], ['/rss.xml', 'rss']] as const) {
      const feed = await readFeed(page, path);
      expect({ path, error: feed.error, root: feed.root }).toEqual({ path, error: null, root });
      expect(feed.items).toContainEqual({ id: `${ORIGIN}${SEED}`, link: `${ORIGIN}${SEED}` });
    }
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${ORIGIN}/atom.xml`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${ORIGIN}/rss.xml`);
  });

  test('a post with index: false is in no feed and not in the sitemap, and carries noindex', async ({ page }) => {
    await page.goto('/2020/05/01/not-indexed.html');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    for (const path of ['/atom.xml', '/feed.xml', '/rss.xml']) {
      const feed = await readFeed(page, path);
      expect(feed.items.map((item) => item.id).filter((id) => id.includes('not-indexed')), path).toEqual([]);
    }
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    expect(sitemap).not.toContain('not-indexed');
    expect(sitemap).toContain(`<loc>${ORIGIN}${SEED}</loc>`);
  });
});

/** Width, height and a grey-level histogram of a PNG (8-bit RGBA or RGB, not interlaced, as the share images are). */
function decodePng(bytes: Buffer): { width: number; height: number; darkInRows: (from: number, to: number) => number } {
  expect(bytes.subarray(0, 8).toString('hex')).toEqual('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      channels = chunk[9] === 2 ? 3 : 4;
    }
    if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)];
    for (let column = 0; column < stride; column += 1) {
      const value = raw[row * (stride + 1) + 1 + column] ?? 0;
      const left = column >= channels ? (pixels[row * stride + column - channels] ?? 0) : 0;
      const up = row > 0 ? (pixels[(row - 1) * stride + column] ?? 0) : 0;
      const upLeft = row > 0 && column >= channels ? (pixels[(row - 1) * stride + column - channels] ?? 0) : 0;
      const paeth = () => {
        const estimate = left + up - upLeft;
        const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter ?? 0] ?? 0;
      pixels[row * stride + column] = (value + predictor) & 0xff;
    }
  }
  const darkInRows = (from: number, to: number) => {
    let dark = 0;
    for (let row = from; row < to; row += 1) {
      for (let x = 0; x < width; x += 1) {
        const at = row * stride + x * channels;
        if ((pixels[at] ?? 255) + (pixels[at + 1] ?? 255) + (pixels[at + 2] ?? 255) < 200) dark += 1;
      }
    }
    return dark;
  };
  return { width, height, darkInRows };
}

test.describe('link previews and search engines', () => {
  test('the seed post states canonical, Open Graph, a large Twitter card and JSON-LD BlogPosting', async ({ page }) => {
    await page.goto(SEED);
    const url = `${ORIGIN}${SEED}`;
    const image = `${ORIGIN}/og/2019/11/30/flink-forward-asia.png`;
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect({
      canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
      title: await meta('meta[property="og:title"]'),
      description: await meta('meta[property="og:description"]'),
      url: await meta('meta[property="og:url"]'),
      image: await meta('meta[property="og:image"]'),
      card: await meta('meta[name="twitter:card"]'),
    }).toEqual({
      canonical: url,
      title: 'FLINK FORWARD ASIA 2019 参会总结',
      description: 'FLINK FORWARD ASIA 2019 参会总结，Take Away.',
      url,
      image,
      card: 'summary_large_image',
    });
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'FLINK FORWARD ASIA 2019 参会总结',
      datePublished: '2019-11-30T00:00:00Z',
      author: { '@type': 'Person', name: 'confnotes' },
      keywords: 'Apache Flink, Flink Forward, FFA',
      url,
      image,
    });
  });

  test('the share image is a 1200×630 PNG whose Chinese title is drawn, not left blank', async ({ request }) => {
    const response = await request.get('/og/2019/11/30/flink-forward-asia.png');
    expect(response.status()).toEqual(200);
    expect(response.headers()['content-type']).toEqual('image/png');
    const png = decodePng(await response.body());
    expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
    // The title's second line holds only 参会总结: glyphs there, or a blank band if the font were missing.
    expect(png.darkInRows(330, 420)).toBeGreaterThan(4000);
  });
});

test.describe('moved URLs', () => {
  for (const site of [REAL_WORLD, BASE_PATH_SITE]) {
    test(`a redirect_from path leads to the post, keeping #day-1 (${site})`, async ({ page }) => {
      const base = new URL(site).pathname.replace(/\/$/, '');
      for (const old of ['/ffa-2019.html', '/posts/ffa-2019/']) {
        await page.goto(`${site}${old}#day-1`);
        await expect(page).toHaveURL(`${site}/2019/11/30/flink-forward-asia.html#day-1`);
        await expect(page.locator('[id="day-1"]')).toBeInViewport();
      }
      const html = await (await page.request.get(`${site}/ffa-2019.html`)).text();
      expect(html).toContain(`<link rel="canonical" href="${site}/2019/11/30/flink-forward-asia.html">`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}/2019/11/30/flink-forward-asia.html">`);
      expect(html).toContain(`<a href="${base}/2019/11/30/flink-forward-asia.html">`);
    });
  }

  test('Hugo aliases lead to the post too, without JavaScript by the meta refresh', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const old of ['/old/jsconf-2023', '/old/jsconf-2023/', '/old/jsconf-2023.html']) {
      await page.goto(`${REAL_WORLD}${old}`);
      await expect(page).toHaveURL(`${REAL_WORLD}/2023/11/19/jsconf-jp.html`);
    }
    await context.close();
  });
});

test('under BASE_PATH=/notes, feeds, share images, the sitemap and search carry the base path', async ({ page }) => {
  await page.goto(`${BASE_PATH_SITE}/2023/04/22/qcon-beijing.html`);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${BASE_PATH_SITE}/og/2023/04/22/qcon-beijing.png`);
  expect((await page.request.get(`${BASE_PATH_SITE}/og/2023/04/22/qcon-beijing.png`)).headers()['content-type']).toEqual('image/png');
  const feed = await readFeed(page, `${BASE_PATH_SITE}/atom.xml`);
  expect(feed.items).toContainEqual({ id: `${BASE_PATH_SITE}/2023/04/22/qcon-beijing.html`, link: `${BASE_PATH_SITE}/2023/04/22/qcon-beijing.html` });
  const sitemap = await (await page.request.get(`${BASE_PATH_SITE}/sitemap.xml`)).text();
  expect(sitemap).toContain(`<loc>${BASE_PATH_SITE}/2023/04/22/qcon-beijing.html</loc>`);
  expect(sitemap).toContain(`<loc>${BASE_PATH_SITE}/talks/</loc>`);
});
