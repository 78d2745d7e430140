import { TemplateSource } from './template-source';

/*
 * Jekyll and Hugo blogs typeset formulas with MathJax in the reader's
 * browser, written between `\(…\)` and `\[…\]` (or `\\(…\\)` and
 * `\\[…\\]`, where the Markdown processor would eat one backslash). They
 * become the math syntax the pipeline typesets at build time: `$$…$$` in a
 * line, and a `$$` fence where the delimiter stands on a line of its own.
 * Every line stays where it was, so that messages keep their line numbers.
 * Code (fenced, or between backticks) is left as written.
 */

const OPENING = /\\\\?([([])/g;

export function convertMathJaxDelimiters(markdown: string): string {
  if (!markdown.includes('\\(') && !markdown.includes('\\[')) return markdown;
  const source = new TemplateSource(markdown);
  let output = '';
  let position = 0;
  OPENING.lastIndex = 0;
  for (let match = OPENING.exec(markdown); match; match = OPENING.exec(markdown)) {
    const start = match.index;
    if (start < position || source.inCode(start)) continue;
    const slashes = match[0].length - 1;
    const closing = `${'\\'.repeat(slashes)}${match[1] === '(' ? ')' : ']'}`;
    const end = markdown.indexOf(closing, start + match[0].length);
    const inner = end === -1 ? '' : markdown.slice(start + match[0].length, end);
    // A formula ends within its paragraph, and holds something.
    if (end === -1 || /\n[ \t]*\n/.test(inner) || inner.trim() === '') continue;
    const lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = markdown.indexOf('\n', end) === -1 ? markdown.length : markdown.indexOf('\n', end);
    const ownLines = match[1] === '[' && markdown.slice(lineStart, start).trim() === '' && markdown.slice(end + closing.length, lineEnd).trim() === '' && inner.includes('\n');
    output += markdown.slice(position, start) + (ownLines ? `$$${inner}$$` : `$$${inner.replace(/\n/g, ' ').trim()}$$${'\n'.repeat((inner.match(/\n/g) ?? []).length)}`);
    position = end + closing.length;
    OPENING.lastIndex = position;
  }
  return output + markdown.slice(position);
}
