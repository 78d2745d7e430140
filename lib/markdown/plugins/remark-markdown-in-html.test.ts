import { describe, expect, it } from 'vitest';
import { testFixtures } from './fixture-harness';
import remarkMarkdownInHtml, { parseMarkdownBlock } from './remark-markdown-in-html';

describe('remark-markdown-in-html', () => {
  testFixtures('remark-markdown-in-html', [], undefined, [remarkMarkdownInHtml]);
});

describe('parseMarkdownBlock', () => {
  it.each([
    ['attributes around markdown="1"', '<div class="box" markdown="1" id=x>\n*x*\n</div>', { tag: 'div', before: ' class="box"', after: ' id=x', inner: '\n*x*\n' }],
    ['block and span, single quotes, spaces', "<div  markdown = 'span'>a</div>", { tag: 'div', before: '', after: '', inner: 'a' }],
    ['an end tag naming the start of the start tag’s name, as the old expression took it', '<ab markdown=1>x</a>', { tag: 'a', before: 'b', after: '', inner: 'x' }],
    ['no markdown attribute', '<div class="box">x</div>', undefined],
    ['another element’s end tag', '<div markdown=1>x</span>', undefined],
    ['a start tag without its end', '<div markdown=1 ', undefined],
    ['200,000 spaces in the start tag', `<div${' '.repeat(200_000)}x>y</div>`, undefined],
  ])('%s', (_name, value, expected) => {
    expect(parseMarkdownBlock(value)).toEqual(expected);
  });
});
