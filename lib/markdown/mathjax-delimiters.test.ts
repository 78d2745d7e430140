import { describe, expect, it } from 'vitest';
import { convertMathJaxDelimiters } from './mathjax-delimiters';

describe('convertMathJaxDelimiters', () => {
  it.each([
    ['inline', 'the sum \\(\\sum_i x_i\\) grows', 'the sum $$\\sum_i x_i$$ grows'],
    ['inline, the backslash doubled for Markdown', 'so \\\\(a^2\\\\) holds', 'so $$a^2$$ holds'],
    ['display on lines of its own: a $$ fence', 'before\n\\[\nE = mc^2\n\\]\nafter', 'before\n$$\nE = mc^2\n$$\nafter'],
    ['display inside a line', 'then \\[x = 1\\] follows', 'then $$x = 1$$ follows'],
    ['in code: as written', 'use `\\(x\\)` and\n\n```\n\\[y\\]\n```\n', 'use `\\(x\\)` and\n\n```\n\\[y\\]\n```\n'],
    ['no closing delimiter: as written', 'a \\( b', 'a \\( b'],
    ['not across paragraphs', 'a \\( b\n\nc \\) d', 'a \\( b\n\nc \\) d'],
  ])('%s', (_name, input, output) => {
    expect(convertMathJaxDelimiters(input)).toBe(output);
  });

  it('keeps every line where it was', () => {
    const input = 'one \\(a\nb\\) two\nthree';
    const output = convertMathJaxDelimiters(input);
    expect(output.split('\n').length).toBe(input.split('\n').length);
    expect(output.split('\n')[2]).toBe('three');
  });
});
