import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkGfmOnDemand, { gfmSyntaxFor } from './gfm-on-demand';
import remarkParseInBlocks from './parse-in-blocks';

const withRemarkGfm = unified().use(remarkParse).use(remarkGfm);
const onDemand = unified().use(remarkParseInBlocks).use(remarkGfmOnDemand);

const BLOCKS = [
  '| a | b |\n|---|---|\n| 1 | 2 |', 'a\n:-', 'a | b\n--|--', '[^1]', '[^1]: note', '~~del~~', 'a ~ b', '- [ ] open', '* [X] done', 'www.example.com', 'WWW.EXAMPLE.COM',
  'HTTP://EXAMPLE.ORG/x', 'a@b.co', 'xmpp:a@b.co/r', 'x@', 'text', '# heading', '- item', '> quote', '```\n|x|\n```', '\\|', '`|`', '**b** _i_', '[l](u)', 'a\n---', ':--', '--:',
];

describe('remark-gfm-on-demand', () => {
  it.each([
    ['plain text: none', 'Stateful Functions 批流一体', []],
    ['a bare URL: literal autolinks only', 'see https://example.org', ['autolink']],
    ['a table and a footnote', '| a |\n|---|\n\nText[^1]\n\n[^1]: n', ['footnote', 'table', 'task list']],
    ['a one-column table without a pipe', 'a\n:-:', ['table']],
    ['strikethrough', '~~gone~~', ['strikethrough']],
  ])('%s', (_name, markdown, expected) => {
    const names = ['autolink', 'footnote', 'strikethrough', 'table', 'task list'];
    const all = gfmSyntaxFor('www. [^ ~ | [');
    expect(gfmSyntaxFor(markdown).map((extension) => names[all.indexOf(extension)])).toEqual(expected);
  });

  it('parses any mix of GFM and near-GFM blocks to remark-gfm’s tree (fast-check)', () => {
    const document = fc
      .array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom('\n\n', '\n', ' ', '')), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.map(([block, after]) => block + after).join(''));
    fc.assert(
      fc.property(document, (markdown) => {
        expect(onDemand.parse(markdown)).toEqual(withRemarkGfm.parse(markdown));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
