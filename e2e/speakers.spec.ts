import { expect, test } from '@playwright/test';
import { afterRendering } from './rendering';

/*
 * Speakers, on the real-world notes: a post written by `npm run new` from
 * lib/schedule/fixtures/frab.xml (StreamConf Berlin 2026), and a post that
 * names its speakers in the free forms authors write (by …, Speakers: …,
 * — name (company)). Both have Ana López and Jürgen Weiß.
 */
const SITE = 'http://localhost:4176';
const STREAMCONF = '/2026/03/14/streamconf-berlin-2026.html';
const FLINK_FORWARD = '/2025/06/10/flink-forward-berlin.html';

test('the post written from a schedule shows its days, rooms and talks in the session list', async ({ page }) => {
  await page.goto(`${SITE}${STREAMCONF}`);
  const days = page.locator('.session-list li.outline-day > a');
  await expect(days).toHaveText(['Day 1 · Saturday, March 14, 2026', 'Day 2 · Sunday, March 15, 2026']);
  await expect(page.locator('article.talk')).toHaveCount(7);
  await expect(page.locator('#exactly-once-in-der-praxis')).toContainText("Speakers: Ana López, 王小明, Sam O'Neil · 10:30–11:15");
  await expect(page.locator('#exactly-once-in-der-praxis a', { hasText: 'Slides' })).toHaveAttribute('href', 'https://frab.example.org/system/attachments/102/slides.pdf');
});

test('/speakers/ lists a speaker with their talks from both posts, each linking to its talk', async ({ page }) => {
  await page.goto(`${SITE}/speakers/`);
  const ana = page.locator('#ana-lópez');
  await expect(ana.locator('h2')).toHaveText('Ana López');
  await expect(ana.locator('li a')).toHaveText(['Exactly-once in der Praxis', 'Hands-on: Flink SQL', 'Flink SQL, one year later']);
  await expect(ana.locator('li a').first()).toHaveAttribute('href', `${STREAMCONF}#exactly-once-in-der-praxis`);
  await expect(page.locator('#李娜 li a')).toHaveText(['流处理中的状态管理', 'Streaming lakehouse — 李娜（阿里云）']);
  await ana.locator('li a', { hasText: 'Flink SQL, one year later' }).click();
  await expect(page).toHaveURL(`${SITE}${FLINK_FORWARD}#flink-sql-one-year-later`);
  await expect(page.locator('#flink-sql-one-year-later')).toBeInViewport();
});

test('the talk index lists each talk’s speakers, linking to the speaker index', async ({ page }) => {
  await page.goto(`${SITE}/talks/2026/`);
  const talk = page.locator('[data-talk]', { hasText: 'Exactly-once in der Praxis' });
  await expect(talk.locator('.talk-speakers')).toHaveText(" — Ana López, 王小明, Sam O'Neil");
  await expect(talk.locator('.talk-speakers a').first()).toHaveAttribute('href', '/speakers/#ana-lópez');
  await expect(page.locator('[data-talk]', { hasText: 'Lightning talks' }).locator('.talk-speakers')).toHaveCount(0);
});

test('the talk filter finds a talk by its speaker, across years', async ({ page }) => {
  await page.goto(`${SITE}/talks/`);
  await afterRendering(page);
  await page.locator('#talk-filter-input').fill('Weiß');
  await expect(page.locator('.talk-filter-results a')).toHaveText(['Opening: Streams Everywhere', 'Closing keynote', 'State that outgrows the disk']);
  await expect(page.locator('.talk-filter-results .talk-speakers').last()).toHaveText(' — Jürgen Weiß, Mia Chen');
});

test('the JSON-LD of the notes lists the talks as events of the conference, with their speakers', async ({ request }) => {
  const html = await (await request.get(`${SITE}${STREAMCONF}`)).text();
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const data: { about?: { name?: string; location?: unknown; subEvent?: Array<{ name: string; performer?: Array<{ name: string }> }> } } = JSON.parse(json);
  expect([data.about?.name, data.about?.location]).toEqual(['StreamConf Berlin 2026', { '@type': 'Place', name: 'bcc Berlin Congress Center, Berlin' }]);
  expect(data.about?.subEvent?.map((event) => [event.name, (event.performer ?? []).map((person) => person.name)])).toEqual([
    ['Opening: Streams Everywhere', ['Jürgen Weiß']],
    ['Exactly-once in der Praxis', ['Ana López', '王小明', "Sam O'Neil"]],
    ['Lightning talks', []],
    ['流处理中的状态管理', ['李娜']],
    ['ストリーム処理入門', ['田中 花子']],
    ['Closing keynote', ['Jürgen Weiß']],
    ['Hands-on: Flink SQL', ['Ana López']],
  ]);
});
