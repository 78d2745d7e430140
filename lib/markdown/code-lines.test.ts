import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { parseCodeOptions, splitLines } from './code-lines';

describe('parseCodeOptions', () => {
  it.each([
    [undefined, false, []],
    ['linenos', true, []],
    ['linenos=table,hl_lines=2', true, [2]],
    ['{linenos=false,hl_lines=[2,"4-6"]}', false, [2, 4, 5, 6]],
    ['hl_lines="1 3"', false, [1, 3]],
    ['title="x.go"', false, []],
  ])('%s', (meta, lineNumbers, highlighted) => {
    const options = parseCodeOptions(meta);
    expect([options.lineNumbers, [...options.highlighted]]).toEqual([lineNumbers, highlighted]);
  });
});

describe('splitLines', () => {
  it('cuts a token that spans lines, keeping its classes on each piece', () => {
    const nodes: ElementContent[] = [h('span', { className: ['hljs-comment'] }, '/* one\ntwo */'), { type: 'text', value: '\nint x;\n' }];
    expect(splitLines(nodes).map((line) => toHtml({ type: 'root', children: line }))).toEqual(['<span class="hljs-comment">/* one</span>', '<span class="hljs-comment">two */</span>', 'int x;']);
  });
});
