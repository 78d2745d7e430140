import { describe, expect, it } from 'vitest';
import { setFrontMatterKeys } from './front-matter-edit';

describe('setFrontMatterKeys', () => {
  it.each([
    ['adds a YAML key at the end', '---\ntitle: A\n# a comment\n---\nBody\n', { permalink: '/a/' }, '---\ntitle: A\n# a comment\npermalink: "/a/"\n---\nBody\n'],
    ['replaces a YAML key and its list', '---\ntitle: A\naliases:\n  - /x/\n  - /y/\ndate: 2020-01-01\n---\nBody', { aliases: '/z/' }, '---\ntitle: A\naliases: "/z/"\ndate: 2020-01-01\n---\nBody'],
    ['replaces a multi-line quoted value', '---\ntitle: "A\nB"\ntags: [x]\n---\n', { title: 'C' }, '---\ntitle: "C"\ntags: [x]\n---\n'],
    ['adds TOML before the first table', '+++\ntitle = "A"\n[params]\n  x = 1\n+++\nBody', { permalink: '/a/' }, '+++\ntitle = "A"\npermalink = "/a/"\n[params]\n  x = 1\n+++\nBody'],
    ['replaces a TOML array over lines', '+++\ntags = [\n  "a",\n]\ntitle = "A"\n+++\n', { tags: 'b' }, '+++\ntags = "b"\ntitle = "A"\n+++\n'],
    ['gives a file without front matter one', '# Title\n', { date: '2022-01-05 09:00:00' }, '---\ndate: "2022-01-05 09:00:00"\n---\n# Title\n'],
    ['escapes quotes and non-ASCII stays', '---\ntitle: A\n---\n', { disqus_identifier: '2023/11/19/"x"/' }, '---\ntitle: A\ndisqus_identifier: "2023/11/19/\\"x\\"/"\n---\n'],
    ['writes a boolean as one', '+++\ntitle = "A"\n+++\n', { comments: false }, '+++\ntitle = "A"\ncomments = false\n+++\n'],
    ['opens Hexo’s front matter without its first ---', 'title: Hi\ndate: 2022-01-05\n---\nBody\n', { comments: false }, '---\ntitle: Hi\ndate: 2022-01-05\ncomments: false\n---\nBody\n'],
    ['sets two keys', '---\ntitle: A\n---\n', { permalink: '/a/', date: '2020-01-01' }, '---\ntitle: A\npermalink: "/a/"\ndate: "2020-01-01"\n---\n'],
  ])('%s', (_name, text, keys, expected) => {
    expect(setFrontMatterKeys(text, keys)).toBe(expected);
  });
});
