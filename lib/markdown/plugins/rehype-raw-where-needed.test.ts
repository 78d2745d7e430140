import fc from 'fast-check';
import type { Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeRawWhereNeeded, { rawByBlock } from './rehype-raw-where-needed';
import remarkWikilinks from './remark-wikilinks';

const toHast = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkWikilinks, { resolve: (name) => (name === 'post' ? '/post.html' : undefined) })
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' });
const full = toHast().use(rehypeRaw);
const lite = toHast().use(rehypeRawWhereNeeded);

/** parse5 leaves texts it merged from located and unlocated ones half a position; the sanitiser drops those, as we do. */
function withoutPartialPositions(node: Nodes): Nodes {
  if (node.position && (!node.position.start || !node.position.end)) delete node.position;
  if ('children' in node) for (const child of node.children) withoutPartialPositions(child);
  return node;
}

function render(processor: typeof full, markdown: string): Nodes {
  const file = new VFile({ value: markdown });
  return withoutPartialPositions(processor.runSync(processor.parse(file), file));
}

function hast(markdown: string): { tree: Root; file: VFile } {
  const file = new VFile({ value: markdown });
  const tree = toHast.runSync(toHast.parse(file), file);
  return { tree, file };
}

const BLOCKS = [
  '# Title',
  '* Talk <br>\nSummary',
  'a<BR/>b and a  \nhard break and a\\\nbackslash one',
  '<h3>\n<a href="#day1" name="day1" class="anchor"><span class="octicon octicon-link"></span></a>\nDay 1\n</h3>',
  '<!-- more -->',
  '<iframe src="https://example.org/v"></iframe>',
  '<div>closed</div> and text after',
  '</p><span>stray end tag</span>',
  '<script>x()</script>',
  '```js\n\nstarts with a blank line\n```',
  '```\n```',
  '    indented code',
  'Text[^1] and [[post]] and [[missing]]\n\n[^1]: A note.',
  '- [ ] open\n- [x] done',
  '3. three\n4. four',
  '| a | b |\n|:--|--:|\n| <br> | x |',
  '> quote <br> more',
  'www.example.org &amp;www.example.com',
  '<div>',
  '<b>bold',
  '<p>open',
  '<table><tr><td>cell',
  '<a href="x">',
  '<form></form>',
  '[*[[post]]*](https://example.org)',
  '[text[^1]](https://example.org)',
  '<pre>\n\npre</pre>',
  '<textarea>',
  '<svg><p>x</p></svg>',
  '<div markdown="1">\n*x*\n</div>',
  '<tbody>',
  '<!-- open',
  '<img src="a.png"',
];

describe('rehype-raw-where-needed', () => {
  it.each(BLOCKS.map((block) => [block]))('after a paragraph, %j comes out as rehype-raw makes it', (block) => {
    const markdown = `Intro.\n\n${block}\n\nOutro *text*.\n`;
    expect(render(lite, markdown)).toEqual(render(full, markdown));
  });

  it.each([
    ['the seed’s raw HTML: anchored headings, <br> and comments', 'Intro.\n\n<h3>\n<a name="x" class="anchor"></a>\nDay 1\n</h3>\n\n* Talk <br>\nSummary\n\n<!--more-->', true],
    ['no raw HTML at all', '# Title\n\nText  \nwith a break.', true],
    ['raw HTML before the first element', '<!-- first -->\n\nText', false],
    ['a block that leaves a <div> open', 'Text\n\n<div>\n\n*inside*\n\n</div>', false],
    ['inline HTML other than <br>', 'Text with <kbd>Ctrl</kbd>', false],
    ['a link inside a link', '[a[^1]](https://example.org)\n\n[^1]: n', false],
    ['a <form>', 'Text\n\n<form></form>', false],
  ])('%s: parsed block by block = %s', (_name, markdown, byBlock) => {
    const { tree, file } = hast(markdown);
    expect(rawByBlock(tree, file) !== undefined).toBe(byBlock);
  });

  it('comes out as rehype-raw makes it, for any mix of these blocks (fast-check)', () => {
    const separator = fc.constantFrom('\n\n', '\n', ' ', '');
    const document = fc.array(fc.tuple(fc.constantFrom(...BLOCKS), separator), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([block, after]) => block + after).join(''));
    fc.assert(
      fc.property(document, (markdown) => {
        expect(render(lite, markdown)).toEqual(render(full, markdown));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
