import { inlineRegions } from './inline-regions';

/*
 * How long a document will take to render, estimated before rendering it,
 * so that a post that would stall the build is refused with the line where
 * it gets there. Rendering is linear in most things, with large constants
 * for some: micromark spends about 100 µs on a list item, a table row or a
 * setext heading, and tens on a literal autolink. It is quadratic in the
 * emphasis markers, brackets and code-span backticks of one run of inline
 * content (a paragraph, heading or table cell): for each, micromark looks
 * back over the earlier ones. The estimate charges each for the worst case
 * measured with scripts/find-superlinear.ts, in microseconds on the machine
 * the limits were set on (where it overestimates every shape tried); real
 * notes come to a few percent of the budget.
 *
 * A first pass takes every run of non-blank lines as one run of inline
 * content, which can only overestimate; only if that is over budget are the
 * real runs found (inline-regions.ts).
 */

/**
 * The estimate past which a post is refused, in µs. The estimate is 1.4 to
 * hundreds of times the real time, depending on the shape (measured on the
 * 2-core machine of BENCHMARKS.md): a refused post is one that would have
 * taken up to about 2 s, and notes shaped like the seed render up to about
 * 500 KB (0.5 s) before they are refused.
 */
export const RENDER_BUDGET = 2_500_000;

/** µs per occurrence. */
export const COST = {
  character: 2.5,
  line: 60,
  blankLine: 5,
  /** A line that starts a list item, on top of being a line. */
  listItem: 140,
  /** A setext underline (`===`, `---`) on top of being a line: micromark rewrites the paragraph above it into a heading. */
  underline: 100,
  /** Each of * _ ~ ` [ ] ! < & @ \ */
  markup: 8,
  /** Table cells cost more than their text. */
  pipe: 100,
  /** Literal autolinks: www., http://, https://, @. */
  autolink: 50,
  /** Footnote calls `[^`: the footnotes section is built from them. */
  footnote: 190,
  /** Times definitions (`]:`) times brackets in the whole post: micromark looks each reference up in a list of every definition. */
  definitionsTimesBrackets: 0.2,
  /** Setting up the pipeline, once per post. */
  post: 5_000,
  /** Times the square of the emphasis and strikethrough marker runs in one run of inline content. */
  emphasisSquared: 0.025,
  /** Times the square of the brackets, `<` and backtick runs in one run of inline content. */
  bracketsSquared: 0.005,
};

/** Characters of a post that the second pass parses at most. */
const SECOND_PASS_LIMIT = 512 * 1024;

const MARKUP = /[*_~`[\]!<&@\\]/g;
const PIPE = /\|/g;
const AUTOLINK = /www\.|https?:\/\/|@/gi;
const FOOTNOTE = /\[\^/g;
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/**
 * Lines that always start a new run of inline content, even right after a
 * paragraph line: a bullet or `1.` item with text, an ATX heading. (Other
 * ordered items and empty items do not interrupt a paragraph.)
 */
const NEW_RUN = /^[ \t>]*(?:(?:[-*+]|1[.)])[ \t]+(?=\S)|#{1,6}(?:[ \t]|$))/;
const UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/;
const EMPHASIS_RUN = /\*+|_+|~+/g;
const BRACKET = /[[\]<]|`+/g;

export interface CostProblem {
  /** 1-based line of the Markdown given. */
  line: number;
  message: string;
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let found = 0;
  while (pattern.exec(text)) found += 1;
  return found;
}

/** The quadratic part for one run of inline content. */
function inlineCost(text: string): number {
  const emphasis = count(text, EMPHASIS_RUN);
  const brackets = count(text, BRACKET);
  return COST.emphasisSquared * emphasis * emphasis + COST.bracketsSquared * brackets * brackets;
}

/** The lines looked at so far, with their linear cost; blank lines marked. */
interface Lines {
  starts: number[];
  ends: number[];
  linear: number[];
  blank: boolean[];
}

function lineCost(text: string, perBracket: number): number {
  if (/^[ \t]*$/.test(text)) return COST.blankLine;
  return (
    COST.line +
    (LIST_ITEM.test(text) ? COST.listItem : 0) +
    (UNDERLINE.test(text) ? COST.underline : 0) +
    COST.character * (text.length + 1) +
    COST.markup * count(text, MARKUP) +
    COST.pipe * count(text, PIPE) +
    COST.autolink * count(text, AUTOLINK) +
    COST.footnote * count(text, FOOTNOTE) +
    perBracket * count(text, /\[/g)
  );
}

const seconds = (cost: number) => String(Math.round(cost / 100_000) / 10);

/**
 * The first line where the estimate passes RENDER_BUDGET, and why;
 * undefined when the whole document stays within it. Reads lines only up to
 * where the linear part alone passes the budget.
 */
export function findExcessiveCost(markdown: string, budget: number = RENDER_BUDGET): CostProblem | undefined {
  const lines: Lines = { starts: [], ends: [], linear: [], blank: [] };
  // Each bracket may be a reference that micromark looks up among all definitions.
  const perBracket = COST.definitionsTimesBrackets * count(markdown, /\]:/g);
  const lineEnding = /\r\n|\r|\n/g;
  let linear = COST.post;
  let upperBound = COST.post;
  let overBoundAt: number | undefined;
  let inlineShareAtOver = 0;
  let tooLongAt: number | undefined;
  /** Where the run of inline content being read starts; undefined between runs. */
  let runFrom: number | undefined;
  for (let start = 0, line = 0; ; line += 1) {
    const match = lineEnding.exec(markdown);
    const end = match ? match.index : markdown.length;
    const text = markdown.slice(start, end);
    const blank = /^[ \t]*$/.test(text);
    const cost = lineCost(text, perBracket);
    lines.starts.push(start);
    lines.ends.push(end);
    lines.linear.push(cost);
    lines.blank.push(blank);
    // A run of non-blank lines ends: charge it as one run of inline content (never less than its real runs).
    const newRun = NEW_RUN.exec(text);
    if (blank || newRun) {
      if (runFrom !== undefined) upperBound += inlineCost(markdown.slice(runFrom, lines.ends[line - 1]));
      // A marker is no inline content.
      runFrom = newRun ? start + newRun[0].length : undefined;
    } else {
      runFrom ??= start;
    }
    if (!match && runFrom !== undefined) upperBound += inlineCost(markdown.slice(runFrom, end));
    linear += cost;
    upperBound += cost;
    if (upperBound > budget && overBoundAt === undefined) {
      overBoundAt = line;
      inlineShareAtOver = (upperBound - linear) / upperBound;
    }
    if (linear > budget) {
      tooLongAt = line;
      break;
    }
    if (!match) break;
    start = match.index + match[0].length;
  }
  if (overBoundAt === undefined) return undefined;
  // The linear part passes the budget further on, and the upper bound of the rest is mostly linear too: it is
  // too long from here (finding the real runs would move the line by little, at the cost of parsing it all).
  if (tooLongAt !== undefined && inlineShareAtOver < 0.25) return tooLong(markdown, lines, overBoundAt, budget);
  // Only the part before the line where the post is too long anyway needs its real runs.
  return withRealRuns(markdown, lines, budget) ?? (tooLongAt === undefined ? undefined : tooLong(markdown, lines, tooLongAt, budget));
}

function tooLong(markdown: string, lines: Lines, line: number, budget: number): CostProblem {
  const kilobytes = Math.ceil((lines.ends[line] ?? markdown.length) / 1024);
  return {
    line: line + 1,
    message: `is where the post grows too long to render in time: up to the end of this line it holds ${kilobytes} KB of Markdown, more than renders in an estimated ${seconds(budget)} s (the most a post may take); split the post here or earlier`,
  };
}

/** Second pass, with the document's real runs of inline content (up to line `last`), each charged where it starts. */
function withRealRuns(markdown: string, lines: Lines, budget: number): CostProblem | undefined {
  const last = lines.starts.length - 1;
  // Past the budget's worth of text the post is too long anyway; parsing more would only take longer to say so.
  const regions = inlineRegions(markdown.slice(0, Math.min(lines.ends[last] ?? markdown.length, SECOND_PASS_LIMIT)));
  let linear = COST.post;
  let inline = 0;
  let region = 0;
  for (let line = 0; line <= last; line += 1) {
    linear += lines.linear[line] ?? 0;
    const lineEnd = lines.ends[line] ?? markdown.length;
    for (; region < regions.length && (regions[region]?.start ?? Infinity) <= lineEnd; region += 1) {
      const { start = 0, end = 0 } = regions[region] ?? {};
      const cost = inlineCost(markdown.slice(start, end));
      inline += cost;
      if (cost > budget / 2) {
        return {
          line: regions[region]?.line ?? line + 1,
          message: `starts a paragraph (or heading or table cell) with so much markup (${count(markdown.slice(start, end), MARKUP)} of * _ ~ \` [ ] ! < & @ \\) that it would take more than ${seconds(budget)} s to render; split it, or put it in a code block if it is code`,
        };
      }
    }
    if (linear + inline > budget) {
      if (inline < linear) return tooLong(markdown, lines, line, budget);
      return {
        line: line + 1,
        message: `is where the post gets too costly to render in time (an estimated ${seconds(budget)} s of work, the most a post may take; its paragraphs hold much markup: * _ ~ \` [ ] ! < & @ \\); split the post here or earlier`,
      };
    }
  }
  return undefined;
}
