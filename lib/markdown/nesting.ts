/**
 * Blockquotes and lists nest without limit in Markdown, but the parsers and
 * tree walkers behind the pipeline recurse: thousands of levels end in a
 * stack overflow (or, for lists, in quadratic work on megabytes of
 * indentation). No real post nests more than a handful of levels, so deeper
 * input is refused up front, with the line where it happens.
 */
export const MAX_NESTING = 64;

const MARKER = /(?:[-*+]|\d{1,9}[.)])[ \t]+/g;
const MARKERS = /(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)+/y;

export interface NestingProblem {
  line: number;
  depth: number;
}

/** The first line that nests deeper than MAX_NESTING blockquote or list levels, if any; one linear pass. */
export function findExcessiveNesting(markdown: string): NestingProblem | undefined {
  let line = 1;
  let start = 0;
  while (start <= markdown.length) {
    const end = markdown.indexOf('\n', start);
    const stop = end === -1 ? markdown.length : end;
    let quotes = 0;
    let indent = 0;
    let cursor = start;
    // Leading '>' markers (with the spaces between them), then indentation.
    for (; cursor < stop; cursor += 1) {
      const character = markdown.charCodeAt(cursor);
      if (character === 62 /* > */) quotes += 1;
      else if (character === 32 /* space */) indent += 1;
      else if (character === 9 /* tab */) indent += 4;
      else break;
      if (quotes > MAX_NESTING) return { line, depth: quotes };
    }
    // List markers may also follow each other on one line: '- - - x' opens three lists.
    MARKERS.lastIndex = cursor;
    const markers = MARKERS.exec(markdown);
    const sameLine = markers && markers.index === cursor ? (markers[0].match(MARKER) ?? []).length : 0;
    const depth = quotes + Math.floor(indent / 2) + sameLine;
    if (depth > MAX_NESTING && (sameLine > 0 || /[-*+>]|\d/.test(markdown[cursor] ?? ''))) return { line, depth };
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return undefined;
}
