import type { Nodes } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseInBlocks } from './parse-in-blocks';

/*
 * Where a document's inline content is: the paragraphs, headings and table
 * cells whose text micromark tokenizes as one run. Found by parsing a copy
 * in which the characters that only matter inline are replaced by `x`, so
 * that the parse does almost no inline work (and cannot be slow on the
 * shapes render-cost.ts is asked about). The block structure is the
 * document's: what a line starts with is kept, fence lines and lines that
 * start with `<` are kept whole, and so are `<` and `]` that end an HTML
 * block or a definition's label, `>` `?` `-` (HTML blocks end on them), `|`
 * (tables) and `=` `:` (underlines, delimiter rows). Where the copy parses otherwise, it joins
 * what the document separates (a table whose escaped pipes are now cells
 * is a paragraph), so regions only ever come out larger.
 */

export interface InlineRegion {
  /** Offsets in the document, end excluded. */
  start: number;
  end: number;
  /** 1-based line of the start. */
  line: number;
}

/**
 * Characters that start only costly inline constructs and never end an HTML
 * block: `<` unless it ends one of kind 1, `]` unless it ends a definition's
 * label (`]:`) or a CDATA block (`]]>`), `\` unless it escapes `|` (no
 * cell boundary then). Parentheses stay (titles).
 */
const INLINE_ONLY = /[*_~`[!@&]|<(?!\/(?:script|pre|style|textarea)>)|\](?!:|\]?>)|\\(?!\|)/gi;
/** What may begin a line's block markers: indentation, quotes, list markers, headings, breaks, underlines, fences, tables, definitions. */
const BLOCK_PREFIX = /^[ \t>*+\-0-9.)#`~=|:_[\]^!]*/;
/** Lines kept whole: fences (whose info string decides whether they are one) and lines that may start an HTML block. */
const KEPT_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:```|~~~|<)/;

/**
 * Past this, a line keeps only its first characters: a block marker is
 * short, and a line of 100,000 `[` kept whole would be as slow to parse as
 * the document (what the copy's parse is there to avoid).
 */
const LONG_LINE = 10_000;
const LONG_LINE_PREFIX = 256;

/** The document with inline-only characters replaced, offsets and lines unchanged. */
export function neutralize(markdown: string): string {
  return markdown.replace(/[^\r\n]+/g, (line) => {
    const long = line.length > LONG_LINE;
    if (!long && KEPT_LINE.test(line)) return line;
    const keep = Math.min(BLOCK_PREFIX.exec(line)?.[0].length ?? 0, long ? LONG_LINE_PREFIX : Infinity);
    return line.slice(0, keep) + line.slice(keep).replace(INLINE_ONLY, 'x');
  });
}

export function inlineRegions(markdown: string): InlineRegion[] {
  const tree = parseInBlocks(neutralize(markdown), { extensions: [gfmTable(), gfmFootnote()], mdastExtensions: [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()] });
  const regions: InlineRegion[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') && node.position) {
      regions.push({ start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0, line: node.position.start.line });
    } else if ('children' in node) {
      for (const child of node.children) visit(child);
    }
  };
  visit(tree);
  return regions;
}
