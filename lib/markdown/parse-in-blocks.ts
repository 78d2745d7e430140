import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import type { Extension } from 'micromark-util-types';
import type { Plugin, Processor } from 'unified';
import { closingLine, findBoundaries, lineTable, type Boundary } from './block-boundaries';

/*
 * remark-parse, in pieces. micromark keeps one list of events for the whole
 * document and copies all of it each time a list or block quote ends before
 * a line that does not continue it, or a setext underline turns a paragraph
 * into a heading: a post of many short sessions (a heading, a list of
 * talks) took seconds per 100 KB, growing with the square of its length.
 * Cut at lines where the parser is known to start afresh (block-boundaries
 * .ts), the pieces parse to what the whole parses to:
 * - a piece whose last block runs to its end (a fence or HTML block not yet
 *   closed, or one inside a list item that the next line closes) is
 *   parsed again together with what follows, up to where that block ends;
 * - references may use definitions from other pieces: a piece that has
 *   references and misses definitions is parsed again followed by those
 *   definitions, whose nodes are then dropped;
 * - positions are moved by the piece's first line and offset.
 */

/** Pieces of at least this many characters: below that, setting up the parser costs more than the copying saves. */
const PIECE_SIZE = 2048;
/** Parsing a piece again with the next one more often than this: parse the rest as one piece. */
const MAX_MERGES = 3;
/** Definitions repeated in front of other pieces, in all: past this, parse the whole at once. */
const MAX_REPEATED_DEFINITIONS = 20_000;

interface Piece {
  start: Boundary;
  end: number;
  tree: Root;
}

const remarkParseInBlocks: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document) =>
    parseInBlocks(document, { extensions: this.data('micromarkExtensions') ?? [], mdastExtensions: this.data('fromMarkdownExtensions') ?? [] }, PIECE_SIZE, this.data('micromarkExtensionsFor'));
};
export default remarkParseInBlocks;

/** `extensionsFor` adds syntax extensions chosen for the text of each piece (see gfm-on-demand.ts). */
export function parseInBlocks(markdown: string, options: Options, pieceSize = PIECE_SIZE, extensionsFor?: (text: string) => Extension[]): Root {
  const parse = (text: string) => fromMarkdown(text, extensionsFor ? { ...options, extensions: [...(options.extensions ?? []), ...extensionsFor(text)] } : options);
  const lines = lineTable(markdown);
  const boundaries = findBoundaries(markdown, lines, pieceSize);
  if (boundaries.length === 0) return parse(markdown);
  const starts: Boundary[] = [{ offset: 0, line: 0 }, ...boundaries];
  const pieces: Piece[] = [];
  let index = 0;
  while (index < starts.length) {
    const start = starts[index] ?? { offset: 0, line: 0 };
    let next = index + 1;
    let piece = parsePiece(markdown, start, starts[next]?.offset ?? markdown.length, parse);
    for (let merges = 0; next < starts.length && runsToItsEnd(markdown, piece); merges += 1) {
      next = merges < MAX_MERGES ? nextStart(markdown, lines, starts, next, piece) : starts.length;
      piece = parsePiece(markdown, start, starts[next]?.offset ?? markdown.length, parse);
    }
    pieces.push(piece);
    index = next;
  }
  // The root spans the first piece's start to the last one's end (before any definitions are put after it).
  const first = pieces[0]?.tree.position;
  const last = pieces[pieces.length - 1]?.tree.position;
  if (!withDefinitionsFromOtherPieces(markdown, pieces, parse)) return parse(markdown);
  const root: Root = { type: 'root', children: pieces.flatMap((piece) => piece.tree.children) };
  if (first && last) root.position = { start: first.start, end: last.end };
  return root;
}

/** The piece parsed, its positions those of the document; `after` is text parsed after it (whose nodes the caller drops). */
function parsePiece(markdown: string, start: Boundary, end: number, parse: (text: string) => Root, after = ''): Piece {
  const tree = parse(markdown.slice(start.offset, end) + after);
  shift(tree, start.line, start.offset);
  return { start, end, tree };
}

/** Whether the piece's last block reaches past its last line with content, into the blank line the next piece follows. */
function runsToItsEnd(markdown: string, piece: Piece): boolean {
  const last = piece.tree.children[piece.tree.children.length - 1];
  let contentEnd = piece.end;
  while (contentEnd > piece.start.offset && ' \t\r\n'.includes(markdown[contentEnd - 1] ?? 'x')) contentEnd -= 1;
  return (last?.position?.end.offset ?? 0) > contentEnd;
}

/** Where to end the piece instead: after the fence or HTML block it leaves open, else one piece further. */
function nextStart(markdown: string, lines: { starts: number[]; ends: number[] }, starts: Boundary[], next: number, piece: Piece): number {
  const last = piece.tree.children[piece.tree.children.length - 1];
  const opening = last && (last.type === 'code' || last.type === 'html') ? last.position?.start.line : undefined;
  const closing = opening === undefined ? undefined : closingLine(markdown, lines, opening - 1);
  if (closing === undefined) return next + 1;
  if (closing === -1) return starts.length;
  let after = next + 1;
  while (after < starts.length && (starts[after]?.line ?? 0) <= closing) after += 1;
  return after;
}

/**
 * micromark resolves a reference only when the document defines its label,
 * wherever. A piece with references that misses definitions made in other
 * pieces is parsed again followed by those definitions (`[label]: x`
 * lines, after a blank line), whose nodes are then dropped. Returns false
 * when that cannot be done (the last piece leaves a block open that would
 * take them in) or would repeat too many definitions too often: the whole
 * is then parsed at once.
 */
function withDefinitionsFromOtherPieces(markdown: string, pieces: Piece[], parse: (text: string) => Root): boolean {
  if (pieces.length < 2 || !markdown.includes(']:')) return true;
  const defined = pieces.map((piece) => definitionsIn(piece.tree));
  const all = { links: new Set(defined.flatMap((own) => [...own.links])), footnotes: new Set(defined.flatMap((own) => [...own.footnotes])) };
  let repeated = 0;
  for (const [index, piece] of pieces.entries()) {
    const own = defined[index] ?? { links: new Set<string>(), footnotes: new Set<string>() };
    const links = [...all.links].filter((label) => !own.links.has(label));
    const footnotes = [...all.footnotes].filter((label) => !own.footnotes.has(label));
    if ((links.length === 0 && footnotes.length === 0) || !markdown.slice(piece.start.offset, piece.end).includes('[')) continue;
    repeated += links.length + footnotes.length;
    if (repeated > MAX_REPEATED_DEFINITIONS || runsToItsEnd(markdown, piece)) return false;
    const after = ['\n', ...links.map((label) => `\n[${label}]: x\n`), ...footnotes.map((label) => `\n[^${label}]: x\n`)].join('');
    const parsed = parsePiece(markdown, piece.start, piece.end, parse, after);
    const added = parsed.tree.children.splice(parsed.tree.children.length - links.length - footnotes.length);
    if (added.some((node) => node.type !== 'definition' && node.type !== 'footnoteDefinition')) return false;
    pieces[index] = parsed;
  }
  return true;
}

/** Labels defined anywhere in the tree, as micromark compares them (upper case, spaces collapsed). */
function definitionsIn(tree: Root): { links: Set<string>; footnotes: Set<string> } {
  const found = { links: new Set<string>(), footnotes: new Set<string>() };
  const visit = (node: Nodes) => {
    if (node.type === 'definition') found.links.add(node.identifier.toUpperCase());
    if (node.type === 'footnoteDefinition') found.footnotes.add(node.identifier.toUpperCase());
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** Moves every position by whole lines and offsets (pieces start at a line's first column). */
function shift(node: Nodes | RootContent, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    node.position = {
      start: { line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset },
      end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
    };
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}
