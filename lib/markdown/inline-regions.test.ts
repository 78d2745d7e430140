import { describe, expect, it } from 'vitest';
import { inlineRegions, neutralize } from './inline-regions';

const texts = (markdown: string) => inlineRegions(markdown).map((region) => [region.line, markdown.slice(region.start, region.end)]);

describe('inlineRegions', () => {
  it.each([
    ['a paragraph over two lines, and a heading', '# Title *a*\n\nPara [x](y) *b*\nmore `c`', [[1, '# Title *a*'], [3, 'Para [x](y) *b*\nmore `c`']]],
    ['table cells, one by one', '| a | *b* |\n|---|---|\n| [1] | 2 |', [[1, '| a '], [1, '| *b* |'], [3, '| [1] '], [3, '| 2 |']]],
    ['list items and a quote', '- one *x*\n- two\n\n> quote\n> more', [[1, 'one *x*'], [2, 'two'], [4, 'quote\n> more']]],
    ['no regions in fenced code or HTML', '```\n*code* [x]\n```\n\n<!-- *c*\n\n[x] -->\n\n<div>\n*html*\n</div>\n\nafter', [[13, 'after']]],
    ['a fence whose info string has a backtick is no fence', '``` `x`\n*text*', [[1, '``` `x`\n*text*']]],
    ['an escaped pipe stays inside its cell', '| a |\n|---|\n| x \\| *y* |', [[1, '| a |'], [3, '| x \\| *y* |']]],
    ['a definition is no region; its reference is', '[a]: /x\n\nSee [a] and [b].', [[3, 'See [a] and [b].']]],
  ])('%s', (_name, markdown, regions) => {
    expect(texts(markdown)).toEqual(regions);
  });

  it('keeps offsets and line breaks, and what a line starts with', () => {
    const markdown = '- *a* [b] `c` <d> e@f!\n> **g** ~h~ &amp;\n';
    const neutral = neutralize(markdown);
    expect([neutral.length, neutral.split('\n').length, neutral]).toEqual([markdown.length, 3, '- *ax xbx xcx xd> exfx\n> **gxx xhx xamp;\n']);
  });
});
