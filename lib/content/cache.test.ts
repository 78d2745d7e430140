import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentSite, loadPosts, type LoadOptions } from './load-posts';

/*
 * One render per post per build, and none for an unchanged post: every
 * process of a build, and the next build, reads renderings from the disk
 * cache. `rendered` lists the files whose Markdown went through the pipeline
 * in that call.
 */
let root: string;
let options: LoadOptions;

function writePost(name: string, body: string, frontMatter = ''): void {
  writeFileSync(path.join(root, 'content', name), `---\ntitle: ${name}\n${frontMatter}---\n\n${body}\n`);
}

const talkBody = (index: number) => `## Day 1 Main hall\n\n* Talk ${index} <br>\n  Summary of talk ${index}.\n`;

function cacheFiles(): string[] {
  const directory = path.join(root, 'cache');
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(directory, name));
}

const POSTS = Array.from({ length: 12 }, (_, index) => `2019-11-${String(index + 1).padStart(2, '0')}-talks-${index}.md`);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'confnotes-cache-'));
  mkdirSync(path.join(root, 'content', 'img'), { recursive: true });
  mkdirSync(path.join(root, 'public'));
  options = {
    contentDir: path.join(root, 'content'),
    projectRoot: root,
    publicDir: path.join(root, 'public'),
    includeDrafts: false,
    uiLanguage: 'en',
    site: { url: 'https://notes.example.org', basePath: '', title: 'confnotes' },
    cacheDir: path.join(root, 'cache'),
  };
  for (const [index, name] of POSTS.entries()) writePost(name, talkBody(index));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the rendering cache', () => {
  it('renders every post in the first build, none in the second, and only the changed one after an edit', async () => {
    const first = await loadPosts(options);
    expect(first.rendered.sort()).toEqual(POSTS.map((name) => `content/${name}`).sort());
    const second = await loadPosts(options);
    expect(second.rendered).toEqual([]);
    expect(second.posts).toEqual(first.posts);

    writePost(POSTS[3] ?? '', '## Day 1 Main hall\n\n* A new talk <br>\n  Written during the break.\n');
    const third = await loadPosts(options);
    expect(third.rendered).toEqual([`content/${POSTS[3]}`]);
    expect(third.posts.find((post) => post.file === `content/${POSTS[3]}`)?.outline.entries).toEqual([
      { type: 'day', id: 'day-1', label: 'Day 1', hasHeading: false, sessions: [{ type: 'session', id: 'day-1-main-hall', title: 'Day 1 Main hall', label: 'Main hall', talks: [{ id: 'a-new-talk', title: 'A new talk', summary: 'Written during the break.' }] }] },
    ]);
  });

  it('front matter that does not change the body (description, keywords) renders nothing again', async () => {
    await loadPosts(options);
    const name = POSTS[0] ?? '';
    writePost(name, talkBody(0), 'description: Added later\nkeywords: a, b\n');
    const again = await loadPosts(options);
    expect(again.rendered).toEqual([]);
    expect(again.posts.find((post) => post.file === `content/${name}`)).toMatchObject({ description: 'Added later', keywords: ['a', 'b'] });
  });

  it('a post that links to another renders again when the other moves, and only then', async () => {
    writePost('2019-12-01-linking.md', 'See {% post_url 2019-11-01-talks-0 %} and [[talks-1]].');
    await loadPosts(options);
    expect((await loadPosts(options)).rendered).toEqual([]);
    // A new date moves talks-0 to /2019/10/31/; talks-1 stays where it was.
    writePost(POSTS[0] ?? '', talkBody(0), 'date: 2019-10-31\n');
    const moved = await loadPosts(options);
    expect(moved.rendered.sort()).toEqual([`content/${POSTS[0]}`, 'content/2019-12-01-linking.md']);
    expect(moved.posts.find((post) => post.slug === 'linking')?.html).toEqual(
      '<p>See /2019/10/31/talks-0.html and <a href="/2019/11/02/talks-1.html">talks-1</a>.</p>',
    );
  });

  it('a post renders again when an image it shows changes, appears or disappears', async () => {
    writePost('2019-12-02-images.md', '![stage](./img/stage.png)');
    const withoutImage = await loadPosts(options);
    expect(withoutImage.problems.map((problem) => problem.message)).toEqual(['image "./img/stage.png" does not exist']);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000004000000030806000000', 'hex');
    writeFileSync(path.join(root, 'content', 'img', 'stage.png'), png);
    const withImage = await loadPosts(options);
    expect(withImage.rendered).toEqual(['content/2019-12-02-images.md']);
    expect(withImage.problems).toEqual([]);
    expect(withImage.posts.find((post) => post.slug === 'images')?.html).toContain('width="4" height="3"');
    utimesSync(path.join(root, 'content', 'img', 'stage.png'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect((await loadPosts(options)).rendered).toEqual(['content/2019-12-02-images.md']);
  });

  it('warnings of a cached post are reported again, at the lines of the file as it is now', async () => {
    writePost('2019-12-03-warning.md', '{% include note.html %}');
    const first = await loadPosts(options);
    const second = await loadPosts(options);
    expect(second.rendered).toEqual([]);
    expect(second.problems).toEqual(first.problems);
    expect(second.problems.map((problem) => [problem.severity, problem.line])).toEqual([['warning', 5]]);
    writePost('2019-12-03-warning.md', '{% include note.html %}', 'description: two more\nkeywords: lines\n');
    const moved = await loadPosts(options);
    expect(moved.rendered).toEqual([]);
    expect(moved.problems.map((problem) => [problem.severity, problem.line])).toEqual([['warning', 7]]);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['edited without its checksum', (text: string) => text.replace('Summary of talk', 'Tampered talk')],
    ['emptied', () => ''],
    ['that is not JSON', () => 'garbage\n{'],
    ['written for another key', (text: string) => { const [checksum, json = ''] = text.split('\n', 2); return `${checksum}\n${json.replace(/"key":"[0-9a-f]+"/, '"key":"0"')}`; }],
  ])('a cache entry %s is rendered again, never served', async (_case, corrupt) => {
    const first = await loadPosts(options);
    for (const entry of cacheFiles()) writeFileSync(entry, corrupt(readFileSync(entry, 'utf8')));
    const again = await loadPosts(options);
    expect(again.rendered.length).toEqual(POSTS.length);
    expect(again.posts).toEqual(first.posts);
    expect((await loadPosts(options)).rendered).toEqual([]);
  });

  it('other settings (a base path) are other renderings', async () => {
    await loadPosts(options);
    const underBasePath = await loadPosts({ ...options, site: { ...options.site, basePath: '/notes' } });
    expect(underBasePath.rendered.length).toEqual(POSTS.length);
  });

  it('next dev: a load after a change reuses the previous load\'s renderings from memory, without the disk cache, and renders only the edit', async () => {
    const withoutDisk = { ...options, cacheDir: undefined };
    const before = await ContentSite.load(withoutDisk);
    before.all();
    writePost(POSTS[5] ?? '', talkBody(99));
    const after = await ContentSite.load({ ...withoutDisk, previousRenderings: before.renderings });
    after.all();
    expect(after.rendered).toEqual([`content/${POSTS[5]}`]);
  });
});
