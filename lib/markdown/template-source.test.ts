import { describe, expect, it } from 'vitest';
import { TemplateSource } from './template-source';

const TEXT = 'one `{{ a }}` two {{ b }}\n```\n{{ c }}\n```\n{{ d }} `x` {{ e }}\n~~~\nunclosed {{ f }}';

describe('TemplateSource', () => {
  const source = new TemplateSource(TEXT);

  it.each([
    ['{{ a }}', 1, true],
    ['{{ b }}', 1, false],
    ['{{ c }}', 3, true],
    ['{{ d }}', 5, false],
    ['{{ e }}', 5, false],
    ['{{ f }}', 7, true],
  ])('%s: line %i, in code %s', (needle, line, inCode) => {
    const offset = TEXT.indexOf(needle);
    expect([source.lineOf(offset), source.inCode(offset)]).toEqual([line, inCode]);
  });

  it('answers indexOf and exec as a fresh search would, from any offset in any order', () => {
    const offsets = [0, 5, 17, 17, 40, 3, 60, TEXT.length, 22];
    expect(offsets.map((from) => source.indexOf('}}', from))).toEqual(offsets.map((from) => TEXT.indexOf('}}', from)));
    const fresh = (from: number) => {
      const pattern = /\{\{\s*\w/g;
      pattern.lastIndex = from;
      return pattern.exec(TEXT)?.index;
    };
    expect(offsets.map((from) => source.exec('open', () => /\{\{\s*\w/g, from)?.index)).toEqual(offsets.map(fresh));
  });
});
