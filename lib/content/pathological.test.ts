import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPosts } from './load-posts';
import { formatProblem } from './problems';

/*
 * Input that breaks naive pipelines must finish or fail with a message that
 * names the file, never hang the build or kill it with a stack overflow.
 * (Timeouts here are generous ceilings for a slow CI machine, not speed
 * assertions; scripts/ measure speed.)
 */
const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function loadOne(name: string, content: string | Buffer) {
  const directory = mkdtempSync(path.join(tmpdir(), 'confnotes-patho-'));
  directories.push(directory);
  writeFileSync(path.join(directory, name), content);
  return loadPosts({
    contentDir: directory,
    projectRoot: directory,
    publicDir: path.join(directory, 'public'),
    includeDrafts: false,
    uiLanguage: 'en',
    site: { url: 'https://notes.example.org', basePath: '', title: 'confnotes' },
  });
}

describe('pathological posts', () => {
  it.each([
    ['5,000 nested blockquotes', `${'> '.repeat(5000)}deep\n`, 'deep.md:1: error: nests 65 blockquote or list levels deep; more than 64 are not supported'],
    ['5,000 nested list levels', `${'- '.repeat(5000)}deep\n`, 'deep.md:1: error: nests 5000 blockquote or list levels deep; more than 64 are not supported'],
    [
      '100 list levels by indentation',
      Array.from({ length: 100 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n'),
      'deep.md:65: error: nests 65 blockquote or list levels deep; more than 64 are not supported',
    ],
    ['5,000 nested <div>s', `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}`, 'deep.md: error: could not be rendered: its structure is too deeply nested (Maximum call stack size exceeded)'],
  ])('%s: a clear error, no stack overflow', async (_name, content, message) => {
    const { posts, problems } = await loadOne('deep.md', content);
    expect(posts).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([message]);
  }, 60_000);

  it('a 10 MB post is refused with its size', async () => {
    const { problems } = await loadOne('huge.md', 'Some text with **bold**.\n\n'.repeat(403_300));
    expect(problems.map(formatProblem)).toEqual(['huge.md: error: is 10.0 MB; posts larger than 4 MB are not supported (split it, or move data out of it)']);
  }, 60_000);

  it('binary junk and non-UTF-8 text are errors naming the file', async () => {
    const junk = await loadOne('junk.md', Buffer.from([0x00, 0x01, 0x02, 0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
    expect(junk.problems.map(formatProblem)).toEqual(['junk.md: error: is not UTF-8 text; save it as UTF-8']);
    const nul = await loadOne('nul.md', 'text\u0000\u0001more');
    expect(nul.problems.map(formatProblem)).toEqual(['nul.md: error: contains NUL bytes: it looks like a binary file, not Markdown']);
    const latin1 = await loadOne('latin1.md', Buffer.from('Caf\xe9 notes', 'latin1'));
    expect(latin1.problems.map(formatProblem)).toEqual(['latin1.md: error: is not UTF-8 text; save it as UTF-8']);
  });

  it('a 200 KB single-line paragraph renders', async () => {
    const { posts, problems } = await loadOne('long-line.md', `# Long\n\n${'word '.repeat(40_000)}\n`);
    expect(problems).toEqual([]);
    expect(posts[0]?.readingMinutes).toBe(200);
  }, 120_000);

  it('20,000 headings render, each with a unique id', async () => {
    const { posts, problems } = await loadOne('headings.md', Array.from({ length: 20_000 }, (_, index) => `## Talk ${index % 100}`).join('\n\n'));
    expect(problems).toEqual([]);
    const ids = posts[0]?.html.match(/ id="[^"]+"/g) ?? [];
    expect(new Set(ids).size).toBe(20_000);
  }, 120_000);
});

/**
 * The real-world posts' bodies: big real notes must render, not be refused.
 * Bodies that link to another post with post_url are left out: loaded
 * alone, their link rightly names no post.
 */
const REAL_NOTES = readdirSync(path.join(__dirname, '../../e2e/real-world'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(path.join(__dirname, '../../e2e/real-world', name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
  .filter((body) => !body.includes('post_url'))
  .join('\n\n');

const tooLong = (line: number, kilobytes: number) =>
  `shape.md:${line}: error: is where the post grows too long to render in time: up to the end of this line it holds ${kilobytes} KB of Markdown, more than renders in an estimated 2.5 s (the most a post may take); split the post here or earlier`;
const tooMuchMarkup = (line: number, markup: number) =>
  `shape.md:${line}: error: starts a paragraph (or heading or table cell) with so much markup (${markup} of * _ ~ \` [ ] ! < & @ \\) that it would take more than 2.5 s to render; split it, or put it in a code block if it is code`;

/*
 * Shapes that took seconds to minutes (scripts/find-superlinear.ts), at
 * sizes where they did: each now renders, or is refused up front with the
 * line where it gets too costly (lib/markdown/render-cost.ts).
 */
describe('pathological shapes', () => {
  it.each([
    ['200 KB of spaces in one paragraph (20 s before)', `a${' '.repeat(200_000)}b`],
    ['100 KB of unclosed {% (8 s before)', `Text\n\n${'{% x '.repeat(20_000)}`],
    ['1,000 kramdown {:toc} under list items', '* TOC\n{:toc}\n'.repeat(1_000)],
    ['a tight list of 3,000 items', '- item\n'.repeat(3_000)],
    ['1,000 talks with one title', `## Day 1\n\n${'* Keynote <br>\nsummary\n\n'.repeat(1_000)}`],
    ['a markdown="1" block whose start tag holds 40 KB of spaces (4 s before)', `<div${' '.repeat(40_000)}markdown="1">\n*x*\n</div>\n`],
    ['a table of 1,000 rows with emphasis and links in its cells', `| a | b | c |\n|---|---|---|\n${'| 1 | **b** | [c](https://c.org) |\n'.repeat(1_000)}`],
    ['50 KB of backticks without a line break', '`'.repeat(50_000)],
    ['300 KB of the real-world notes, one after another', REAL_NOTES.repeat(Math.ceil(300_000 / REAL_NOTES.length)).slice(0, 300_000)],
    ['100 KB of sessions of talks, the seed’s shape (quadratic before)', Array.from({ length: 500 }, (_, index) => `## Day ${(index % 3) + 1} 上午\n\n* Talk ${index} <br>\n主要介绍了 **2019** 的进展 [link](https://flink.apache.org)。\n\n1. 批流一体；\n2. PyFlink。\n\n`).join('')],
  ])('%s: renders', async (_name, content) => {
    const { posts, problems } = await loadOne('shape.md', content);
    expect([posts.length, problems.filter((problem) => problem.severity === 'error').map(formatProblem)]).toEqual([1, []]);
  }, 120_000);

  it.each([
    ['100 KB of [a]( (10 s before)', '[a]('.repeat(25_000), tooMuchMarkup(1, 50_000)],
    ['25 KB of a*_ (4 s before)', 'a*_'.repeat(8_334), tooMuchMarkup(1, 16_668)],
    ['100 KB of [ (3.4 s before)', '['.repeat(100_000), tooMuchMarkup(1, 100_000)],
    ['900 KB of *a (8.7 s before)', '*a '.repeat(300_000), tooMuchMarkup(1, 174_763)],
    ['a 2 MB paragraph (3.1 s before)', `# Long\n\n${'word '.repeat(400_000)}\n`, tooLong(3, 1954)],
    ['4 MB of list items', '- item\n'.repeat(580_000), tooLong(11472, 79)],
    ['a table of 5,000 rows', `| a | b | c |\n|---|---|---|\n${'| 1 | **b** | [c](https://c.org) |\n'.repeat(5_000)}`, tooLong(3866, 133)],
  ])('%s: refused with the line', async (_name, content, message) => {
    const { posts, problems } = await loadOne('shape.md', content);
    expect([posts.length, problems.map(formatProblem)]).toEqual([0, [message]]);
  }, 120_000);
});
