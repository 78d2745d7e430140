/*
 * Where a Markdown document can be cut into pieces that parse, one by one,
 * to what the whole parses to (see parse-in-blocks.ts).
 *
 * A line can start a piece when the line before it is blank and it starts
 * with none of: a space or tab (it could continue a list item or indented
 * code), a list marker or digit (`- a\n\n- b` is one list), `>`, or a byte
 * order mark. After a blank line no paragraph is open, so no lazy line can
 * follow; a line that is not indented closes every list item, block quote
 * and footnote definition. What can still be open is a fenced code block
 * or an HTML block of the kinds that run past blank lines; the parser sees
 * those in the piece before (parse-in-blocks.ts checks its last block) and
 * closingLine() says where they end.
 */

export interface Boundary {
  /** Offset of the line's first character. */
  offset: number;
  /** 0-based line number. */
  line: number;
}

const LINE_ENDING = /\r\n|\r|\n/g;

/** Start offsets of every line, and the end (before its line ending) of each. */
export function lineTable(markdown: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  LINE_ENDING.lastIndex = 0;
  for (let match = LINE_ENDING.exec(markdown); match; match = LINE_ENDING.exec(markdown)) {
    ends.push(match.index);
    starts.push(match.index + match[0].length);
  }
  ends.push(markdown.length);
  return { starts, ends };
}

function isBlank(markdown: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const code = markdown.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Characters that may not start a piece: space, tab, `*+->`, digits, byte order mark. */
function canStartPiece(code: number): boolean {
  return !(code === 32 || code === 9 || code === 42 || code === 43 || code === 45 || code === 62 || (code >= 48 && code <= 57) || code === 0xfeff);
}

/**
 * Lines where a piece may start, at least `minimumSize` characters apart
 * (tiny pieces would cost more in parser set-up than they save).
 */
export function findBoundaries(markdown: string, lines: { starts: number[]; ends: number[] }, minimumSize: number): Boundary[] {
  const boundaries: Boundary[] = [];
  let previous = 0;
  for (let line = 1; line < lines.starts.length; line += 1) {
    const offset = lines.starts[line] ?? 0;
    const end = lines.ends[line] ?? offset;
    if (offset - previous < minimumSize || offset === end || !canStartPiece(markdown.charCodeAt(offset))) continue;
    if (!isBlank(markdown, lines.starts[line - 1] ?? 0, lines.ends[line - 1] ?? 0)) continue;
    boundaries.push({ offset, line });
    previous = offset;
  }
  return boundaries;
}

/** HTML blocks that blank lines do not end (CommonMark's kinds 1 to 5), with what ends them. */
const HTML_BLOCKS: Array<{ start: RegExp; end: RegExp }> = [
  { start: /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<![A-Za-z]/, end: />/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
];

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * For a fenced code block or HTML block that starts at the top level on
 * `line`, the line it ends on: its closing fence, or the line holding its
 * end condition; -1 when it runs to the end of the document; undefined when
 * the line starts neither.
 */
export function closingLine(markdown: string, lines: { starts: number[]; ends: number[] }, line: number): number | undefined {
  const text = (at: number) => markdown.slice(lines.starts[at] ?? 0, lines.ends[at] ?? 0);
  const opening = text(line);
  const fence = FENCE.exec(opening)?.[1];
  if (fence) {
    const closing = new RegExp(String.raw`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \t]*$`);
    for (let at = line + 1; at < lines.starts.length; at += 1) if (closing.test(text(at))) return at;
    return -1;
  }
  const html = HTML_BLOCKS.find((kind) => kind.start.test(opening.replace(/^ {0,3}/, '')));
  if (!html) return undefined;
  for (let at = line + 1; at < lines.starts.length; at += 1) if (html.end.test(text(at))) return at;
  return -1;
}
