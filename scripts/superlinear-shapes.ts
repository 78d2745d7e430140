import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Input shapes for scripts/find-superlinear.ts: each makes a post body of
 * about the given size in bytes. Most repeat one unit, the way a fuzzer
 * would; the others build a plausible post at scale (tables, footnotes,
 * talk lists), because real notes grow that way too.
 */

/** The bodies of the real-world posts the e2e suite builds (front matter dropped). */
const REAL_NOTES = readdirSync(path.join(import.meta.dirname, '../e2e/real-world'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => readFileSync(path.join(import.meta.dirname, '../e2e/real-world', name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

export interface Shape {
  name: string;
  make: (bytes: number) => string;
}

/** `unit` repeated until the text is `bytes` long (in UTF-8), with an optional prefix and suffix. */
function repeat(unit: string, bytes: number, prefix = '', suffix = ''): string {
  const count = Math.max(1, Math.floor((bytes - Buffer.byteLength(prefix + suffix)) / Buffer.byteLength(unit)));
  return prefix + unit.repeat(count) + suffix;
}

/** Numbered lines `line(0)`, `line(1)`… until `bytes`, after `prefix`. */
function lines(bytes: number, line: (index: number) => string, prefix = ''): string {
  const parts: string[] = [prefix];
  let size = Buffer.byteLength(prefix);
  for (let index = 0; size < bytes; index += 1) {
    const text = line(index);
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('');
}

const unit = (name: string, text: string, prefix = '', suffix = ''): Shape => ({ name, make: (bytes) => repeat(text, bytes, prefix, suffix) });

export const SHAPES: Shape[] = [
  // The four measured in the brief.
  unit('link-open `[a](`', '[a]('),
  unit('unmatched `*a `', '*a '),
  unit('brackets `[`', '['),
  unit('paragraph `word `', 'word ', '# Long\n\n'),
  // Emphasis, code, brackets.
  unit('unmatched `_a `', '_a '),
  unit('unmatched `**a `', '**a '),
  unit('unmatched `~~a `', '~~a '),
  unit('run `_`', '_', 'a', 'a'),
  unit('run `*`', '*', 'a', 'a'),
  unit('alternating `*_`', 'a*_'),
  unit('backticks `` ` ``', '`'),
  unit('code spans `` `a ``', '`a '),
  unit('backtick runs', '`a``b```c````d'),
  { name: 'nested `[[[…]]]`', make: (bytes) => `${'['.repeat(bytes / 2)}a${']'.repeat(bytes / 2)}` },
  unit('images `![`', '!['),
  unit('links `[a](b) `', '[a](b) '),
  unit('shortcut refs `[a] `', '[a] '),
  unit('backslashes `\\`', '\\'),
  unit('pipes `a|`', 'a|'),
  // HTML.
  unit('`<`', '<'),
  unit('`<a`', '<a'),
  unit('`<div`', '<div'),
  unit('`<a>` unclosed', '<a>x'),
  unit('`<br>` inline', 'a<br>'),
  unit('comments `<!--`', '<!--'),
  unit('html blocks `<div>`', '<div>\n\ntext\n\n'),
  unit('entities `&#`', '&#'),
  unit('entities `&#123;`', '&#123;'),
  unit('entities `&amp`', '&amp'),
  // Autolinks.
  unit('`www.`', 'www.'),
  unit('`http://`', 'http://'),
  unit('`www.a `', 'www.a '),
  unit('emails `a@b.c `', 'a@b.c '),
  unit('`a@`', 'a@'),
  unit('angle autolinks `<http://a`', '<http://a'),
  // Text and blocks.
  unit('CJK line', '会议见闻记录流处理批流一体'),
  unit('spaces run', ' ', 'a', 'b'),
  unit('hard breaks `a  \\n`', 'a  \n'),
  unit('list items', '- item\n'),
  unit('ordered items', '1. item\n'),
  unit('blockquote lines', '> line\n'),
  unit('headings, same text', '## Talk\n\n'),
  unit('indented code', `${' '.repeat(40)}code line\n`, 'text\n\n'),
  unit('setext headings', 'a\n=\n\n'),
  { name: 'talk list `* Title <br>`', make: (bytes) => lines(bytes, (index) => `* Talk number ${index} <br>\nA summary of the talk.\n\n`, '## Day 1 morning\n\n') },
  { name: 'table rows', make: (bytes) => lines(bytes, (index) => `| ${index} | b | c |\n`, '| a | b | c |\n|---|---|---|\n') },
  { name: 'table columns', make: (bytes) => ['| a '.repeat(bytes / 16), '|---'.repeat(bytes / 16), '| b '.repeat(bytes / 16)].map((row) => `${row}|`).join('\n') },
  { name: 'footnotes', make: (bytes) => `${lines(bytes / 2, (index) => `text[^${index}] `)}\n\n${lines(bytes / 2, (index) => `[^${index}]: note ${index}\n`)}` },
  unit('undefined footnotes `[^a]`', '[^a] '),
  { name: 'link references', make: (bytes) => `${lines(bytes / 2, (index) => `[r${index}]: https://example.org/${index}\n`)}\n${lines(bytes / 2, (index) => `[r${index}] `)}` },
  // Wikilinks, templates, kramdown.
  unit('wikilinks `[[post]]`', '[[post]] '),
  unit('wikilinks open `[[`', '[[a'),
  unit('liquid raw', '{% raw %}x{% endraw %}'),
  unit('liquid `{{`', '{{'),
  unit('liquid `{%`', '{%'),
  unit('liquid unknown output, one line', '{{ x }} '),
  unit('liquid unknown tag, one line', '{% x %} '),
  unit('liquid highlight unclosed', '{% highlight %}\n'),
  unit('liquid outputs in fences', '```\n{{ x }}\n```\n'),
  unit('hugo `{{<`', '{{<'),
  unit('hugo unknown shortcodes', '{{< x >}}\n'),
  unit('kramdown toc', '* TOC\n{:toc}\n'),
  unit('kramdown attribute lines', 'para\n{: .note}\n\n'),
  unit('kramdown `{: `', '{: '),
  unit('kramdown heading ids', '## Title {#id}\n\n'),
  // Mixes.
  unit('markup soup', '*a_[b]`c`<d>~e~!&f@g\\h '),
  unit('emphasis in links', '[*a*](https://b.org) '),
  unit('raw HTML table rows', '<tr><td>x</td></tr>\n', '<table>\n', '</table>\n'),
  // A plausible post at scale: the seed's structure, repeated.
  {
    name: 'seed-like post',
    make: (bytes) =>
      lines(bytes, (index) => `## Day ${(index % 3) + 1} 上午的主会场\n\n* Stateful Functions ${index} <br>\nFlink创始人之一，主要介绍了 **2019** 的进展 [link](https://flink.apache.org) 以及未来。\n\n1. 批流一体；\n2. PyFlink。\n\n`),
  },
  { name: 'real notes, repeated', make: (bytes) => lines(bytes, (index) => `${REAL_NOTES[index % REAL_NOTES.length] ?? ''}\n\n`) },
];
