import { describe, expect, it } from 'vitest';
import { TemplateOutput } from './template-output';

describe('TemplateOutput.dropTrailingListItem', () => {
  it.each([
    ['a `* TOC` line, then the line of `{:toc}`', ['intro\n', '* TOC\n', ''], 'intro\n'],
    ['the same, split across pieces anywhere', ['intro\n* T', 'OC', '\n ', ' '], 'intro\n'],
    ['an item as the first line', ['- contents\n\t'], ''],
    ['text after the line break: kept', ['* TOC\nx'], '* TOC\nx'],
    ['not a list item: kept', ['intro\n', 'TOC\n'], 'intro\nTOC\n'],
    ['an empty line in between: kept', ['* TOC\n\n'], '* TOC\n\n'],
    ['no line break at all: kept', ['* TOC'], '* TOC'],
    ['a marker without a space: kept', ['intro\n*TOC\n'], 'intro\n*TOC\n'],
    ['only the last item goes', ['* one\n* two\n'], '* one\n'],
  ])('%s', (_name, pieces, expected) => {
    const output = new TemplateOutput();
    for (const piece of pieces) output.append(piece);
    output.dropTrailingListItem();
    expect(output.toString()).toEqual(expected);
  });
});
