import fc from 'fast-check';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseInBlocks } from './parse-in-blocks';

// The extensions the site's processor registers (remark-gfm's), read from a processor that uses them.
const processor = unified().use(remarkGfm).freeze();
const options: Options = { extensions: processor.data('micromarkExtensions') ?? [], mdastExtensions: processor.data('fromMarkdownExtensions') ?? [] };

/** Pieces as small as the boundaries allow, so that every boundary is used. */
const inPieces = (markdown: string) => parseInBlocks(markdown, options, 1);

describe('parseInBlocks', () => {
  it.each([
    ['sessions of talks', '## Day 1\n\n* Talk <br>\nsummary\n\n## Day 2\n\n* Talk\n  more\n\nAfterword.\n'],
    ['a fence left open across boundaries', 'Intro\n\n```\ncode\n\nstill code\n\n## not a heading\n```\n\nAfter\n'],
    ['a fence never closed', 'Intro\n\n~~~~\ncode\n\n## not a heading\n'],
    ['an HTML comment across blank lines', 'Intro\n\n<!-- start\n\n## hidden\n\n-->\n\nAfter\n'],
    ['a fence in a list item, closed by the item’s end', '- a\n  ```\n  code\n\nAfter\n\n- b\n'],
    ['references to definitions in other pieces', 'See [the docs] and [x][Docs] and [^1].\n\nMore [DOCS].\n\n[the docs]: https://example.org\n\n[^1]: A note.\n'],
    ['definitions before references', '[a]: /a\n\n[ß]: /ss\n\nText [A] and [SS] and [ss].\n'],
    ['a footnote definition and an indented first line', '\tcode\n\nText [^n].\n\n[^n]: note\n'],
    ['CRLF and CR line endings', 'a\r\n\r\nb\r\rc\r\n\r\n- d\r\n'],
    ['setext headings and thematic breaks', 'Title\n===\n\nSub\n---\n\n***\n\nText\n'],
  ])('%s: the tree of the whole document', (_name, markdown) => {
    expect(inPieces(markdown)).toEqual(fromMarkdown(markdown, options));
  });

  it('gives the tree of the whole document for any mix of blocks (fast-check)', () => {
    const blocks = fc.constantFrom(
      '# H', 'para [ref] and [^1] and [Ref][]', 'line\nline', 'Setext\n===', '- a\n- b', '- a\n\n- b', '* a\n  ```\n  code', '1. one', '> quote\nlazy', '```\ncode', '```', '    indented',
      '<div>\nhtml\n</div>', '<!-- c', '-->', '<script>', '</script>', '[ref]: https://r.org', '[^1]: note', '[^1]: note\n\n    more', '| a |\n|---|\n| 1 |', 'a\n:-:', '***', '[*]: /s', '[*] ref', 'x\r\ny',
    );
    const separator = fc.constantFrom('\n\n', '\n', '\n\n\n', '\n   \n', '\r\n\r\n');
    const document = fc.array(fc.tuple(blocks, separator), { minLength: 1, maxLength: 16 }).map((parts) => parts.map(([block, after]) => block + after).join(''));
    fc.assert(
      fc.property(document, (markdown) => {
        expect(inPieces(markdown)).toEqual(fromMarkdown(markdown, options));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('parses a document of many sessions in pieces fast enough to finish (ceiling, not a timing assertion)', () => {
    const markdown = Array.from({ length: 20_000 }, (_, index) => `## Day ${index}\n\n* Talk\nsummary\n\n`).join('');
    expect(parseInBlocks(markdown, options).children.length).toEqual(40_000);
  }, 60_000);
});
