import { describe, expect, it } from 'vitest';
import { evaluateLiquid, fence, parseArguments } from './template-values';

const values = { siteUrl: 'https://notes.example.org', basePath: '/notes', siteTitle: 'confnotes', pageTitle: 'FFA 2019' };

describe('evaluateLiquid', () => {
  it.each([
    ['site.url', 'https://notes.example.org'],
    ['site.baseurl', '/notes'],
    ['base', '/notes'],
    ['page.title', 'FFA 2019'],
    ['"/img/a.png" | relative_url', '/notes/img/a.png'],
    ['"img/a.png" | absolute_url', 'https://notes.example.org/notes/img/a.png'],
    ['site.title | append: " notes"', 'confnotes notes'],
    ['page.title | prepend: site.title', 'confnotesFFA 2019'],
    ['site.author', undefined],
    ['site.url | date: "%Y"', undefined],
  ])('{{ %s }} → %s', (expression, expected) => {
    expect(evaluateLiquid(expression, values)).toEqual(expected);
  });
});

describe('parseArguments', () => {
  it('reads positional, quoted and named arguments', () => {
    expect(parseArguments(` "a b" c key=value other="x y" single='z'`)).toEqual({ positional: ['a b', 'c'], named: { key: 'value', other: 'x y', single: 'z' } });
  });
});

describe('fence', () => {
  it.each([
    ['plain code', 'let a = 1;', 'js', '```js\nlet a = 1;\n```'],
    ['code holding a fence: a longer one around it', 'a\n```\nb', 'md', '````md\na\n```\nb\n````'],
    ['a language with markup in it is cleaned', 'x', 'c++"><script>', '```c++script\nx\n```'],
  ])('%s', (_name, code, language, expected) => {
    expect(fence(code, language)).toEqual(expected);
  });
});
