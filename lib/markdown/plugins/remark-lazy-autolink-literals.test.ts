import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkLazyAutolinkLiterals from './remark-lazy-autolink-literals';

const gfm = unified().use(remarkParse).use(remarkGfm);
const lazy = unified().use(remarkParse).use(remarkGfm).use(remarkLazyAutolinkLiterals);

describe('remark-lazy-autolink-literals', () => {
  it.each([
    ['plain text', 'Stateful Functions 批流一体'],
    ['bare URLs the tokenizer links', 'see www.example.com and https://example.org/a?b=c, mail a@b.co'],
    ['a URL after a character reference (only the transform links it)', '&amp;www.example.com'],
    ['an escaped @ (only the transform links it)', 'a\\@b.co'],
    ['mailto: and xmpp:', 'mailto:a@b.co xmpp:a@b.co/r'],
    ['upper-case WWW.', '&amp;WWW.EXAMPLE.COM'],
    ['inside a link, left alone', '[&amp;www.example.com](https://example.org) [x&amp;www.a.org][r]\n\n[r]: https://r.org'],
    ['in emphasis and tables', '*&amp;www.example.com*\n\n| a |\n|---|\n| x&amp;http://a.org |'],
  ])('%s: the same tree as remark-gfm alone', (_name, markdown) => {
    expect(lazy.parse(markdown)).toEqual(gfm.parse(markdown));
  });
});
