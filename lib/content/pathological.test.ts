import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPosts } from './load-posts';
import { formatProblem } from './problems';

/*
 * Input that breaks naive pipelines must finish or fail with a message that
 * names the file, never hang the build or kill it with a stack overflow.
 * (Timeouts here are generous ceilings for a slow CI machine, not speed
 * assertions; scripts/ measure speed.)
 */
function loadOne(name: string, content: string | Buffer) {
  const directory = mkdtempSync(path.join(tmpdir(), 'confnotes-patho-'));
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

  it('a 2 MB single-line paragraph renders', async () => {
    const { posts, problems } = await loadOne('long-line.md', `# Long\n\n${'word '.repeat(400_000)}\n`);
    expect(problems).toEqual([]);
    expect(posts[0]?.readingMinutes).toBe(2000);
  }, 120_000);

  it('20,000 headings render, each with a unique id', async () => {
    const { posts, problems } = await loadOne('headings.md', Array.from({ length: 20_000 }, (_, index) => `## Talk ${index % 100}`).join('\n\n'));
    expect(problems).toEqual([]);
    const ids = posts[0]?.html.match(/ id="[^"]+"/g) ?? [];
    expect(new Set(ids).size).toBe(20_000);
  }, 120_000);
});
