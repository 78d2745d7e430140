import { describe, expect, it } from 'vitest';
import { frontMatterKeyLine, indentQuotedContinuations, splitFrontMatter } from './front-matter';

describe('splitFrontMatter', () => {
  it('reads YAML and keeps dates as the author wrote them', () => {
    const split = splitFrontMatter('---\ntitle: T\ndate: 2019-11-30\n---\n# Body\n', 'a.md');
    expect(split).toEqual({ data: { title: 'T', date: '2019-11-30' }, body: '# Body\n', bodyLine: 5, language: 'yaml', problems: [] });
  });

  it('reads Hugo TOML between +++ lines', () => {
    const split = splitFrontMatter('+++\ntitle = "T"\n\ntags = ["a"]\n+++\nBody\n', 'a.md');
    expect(split.data).toEqual({ title: 'T', tags: ['a'] });
    expect(split.body).toBe('Body\n');
  });

  it('takes a file without front matter as all body', () => {
    expect(splitFrontMatter('# Only a heading\n', 'a.md')).toMatchObject({ data: {}, body: '# Only a heading\n', problems: [] });
  });

  it('ignores a byte order mark', () => {
    expect(splitFrontMatter('\uFEFF---\ntitle: T\n---\nBody', 'a.md').data).toEqual({ title: 'T' });
  });

  it.each([
    ['YAML with an unclosed quote', '---\ntitle: "T\n---\nBody', 'a.md:2:10: front matter is not valid YAML: Missing closing "quote'],
    ['YAML that is a single value', '---\njust words\n---\nBody', 'a.md: front matter is not valid YAML: expected key: value pairs, got the single value "just words"'],
    ['TOML with a bare string', '+++\ntitle = T"\n+++\nBody', 'a.md:2:9: front matter is not valid TOML: Invalid TOML document: invalid value'],
  ])('names the file and line of %s', (_name, source, expected) => {
    const [problem] = splitFrontMatter(source, 'a.md').problems;
    const position = [problem?.file, problem?.line, problem?.column].filter((part) => part !== undefined).join(':');
    expect(`${position}: ${problem?.message}`).toBe(expected);
  });
});

describe('frontMatterKeyLine', () => {
  it.each([
    ['---\ntitle: T\nkeywords: 42\n---\n', 'keywords', 3],
    ['+++\ntitle = "T"\ndate = 1\n+++\n', 'date', 3],
    ['---\ntitle: T\n---\nkeywords: in the body\n', 'keywords', undefined],
    ['no front matter', 'title', undefined],
  ])('%j %s', (source, key, line) => {
    expect(frontMatterKeyLine(source, key)).toBe(line);
  });
});

describe('front matter without its opening --- (Hexo)', () => {
  it('is read as front matter when its lines are a YAML mapping', () => {
    const split = splitFrontMatter('title: Lost\ndate: 2021-05-03 10:00:00\ntags: [a]\n---\n# Body\n', 'lost.md');
    expect(split).toEqual({ data: { title: 'Lost', date: '2021-05-03 10:00:00', tags: ['a'] }, body: '# Body\n', bodyLine: 5, language: 'yaml', problems: [] });
  });

  it('is a warning naming the file when the lines look like keys but are not valid YAML; they are not shown', () => {
    const split = splitFrontMatter('title: Lost\ntags: [a\n---\n# Body\n', 'lost.md');
    expect(split.data).toEqual({});
    expect(split.body).toBe('# Body\n');
    expect(split.bodyLine).toBe(4);
    expect(split.problems).toEqual([
      {
        severity: 'warning',
        file: 'lost.md',
        line: 1,
        message: 'front matter has no opening "---" line and lines 1-3 are not valid YAML: they were not read and are not shown (add "---" as line 1 and fix them)',
      },
    ]);
  });

  it('leaves an ordinary post with a thematic break alone', () => {
    expect(splitFrontMatter('Some text.\n\n---\n\nMore.\n', 'a.md')).toMatchObject({ body: 'Some text.\n\n---\n\nMore.\n', problems: [] });
  });
});

describe('text that only looks like keys', () => {
  it('is body, not lost front matter', () => {
    expect(splitFrontMatter('Note: read this first.\n\n---\n\nMore.\n', 'a.md').problems).toEqual([]);
  });
});

describe('quoted values continued on unindented lines (Hugo, Jekyll)', () => {
  it.each([
    ['double quotes', 'title: "Notes from a meetup\nthat I never wrote up"\ndraft: true', { title: 'Notes from a meetup that I never wrote up', draft: true }],
    ['single quotes with an escaped quote', "title: 'It''s a\nlong one'\nlang: en", { title: "It's a long one", lang: 'en' }],
    ['an escaped double quote inside', 'title: "Say \\"hi\\"\nto all"\nx: 1', { title: 'Say "hi" to all', x: 1 }],
    ['a nested key', 'params:\n  note: "one\n  two\nthree"\ntitle: T', { params: { note: 'one two three' }, title: 'T' }],
  ])('reads %s as go-yaml does', (_name, yaml, data) => {
    expect(splitFrontMatter(`---\n${yaml}\n---\nBody\n`, 'a.md')).toMatchObject({ data, problems: [] });
  });

  it('leaves valid YAML as it is', () => {
    const text = 'title: "T: a"\nlist:\n  - "a"\n';
    expect(indentQuotedContinuations(text)).toBe(text);
  });
});
