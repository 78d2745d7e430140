/**
 * Questions the template expander asks about a post's source again and
 * again (which line, inside code?, where is the next `}}`?), answered
 * without rescanning: a post of many `{{` or unknown tags on one line
 * made each answer cost the length of the post.
 */
export class TemplateSource {
  private readonly lineStarts: number[] = [0];
  /** Starts and ends of fenced code blocks, in order. */
  private readonly fenceStarts: number[] = [];
  private readonly fenceEnds: number[] = [];
  /** Offsets of every backtick, in order; found on first use. */
  private backticks: number[] | undefined;
  /** Last answer per search: the first match at or after `from`, or none. */
  private readonly searches = new Map<string, { from: number; at: number; match: RegExpExecArray | null }>();

  constructor(readonly text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.lineStarts.push(index + 1);
    // The lookaheads take the whole run of ` or ~: otherwise a long run without a line break after it is retried at every length.
    const fence = /^[ \t]{0,3}(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm;
    for (const match of text.matchAll(fence)) {
      this.fenceStarts.push(match.index);
      this.fenceEnds.push(match.index + match[0].length);
    }
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return lastAtOrBefore(this.lineStarts, offset) + 1;
  }

  /** Inside a fenced block, or after an odd number of backticks on its line. */
  inCode(offset: number): boolean {
    const fence = lastAtOrBefore(this.fenceStarts, offset);
    if (offset >= (this.fenceStarts[fence] ?? Infinity) && offset < (this.fenceEnds[fence] ?? 0)) return true;
    this.backticks ??= [...this.text.matchAll(/`/g)].map((match) => match.index);
    const lineStart = this.lineStarts[this.lineOf(offset) - 1] ?? 0;
    const before = countBefore(this.backticks, offset) - countBefore(this.backticks, lineStart);
    return before % 2 === 1;
  }

  /** `text.indexOf(needle, from)`; repeated searches with a growing `from` reuse the last answer. */
  indexOf(needle: string, from: number): number {
    return this.search(`indexOf:${needle}`, from, () => {
      const at = this.text.indexOf(needle, from);
      return { at, match: null };
    }).at;
  }

  /** The first match of the global `pattern` at or after `from`, remembered under `key` like indexOf. */
  exec(key: string, pattern: () => RegExp, from: number): RegExpExecArray | null {
    return this.search(`exec:${key}`, from, () => {
      const regex = pattern();
      regex.lastIndex = from;
      const match = regex.exec(this.text);
      return { at: match ? match.index : -1, match };
    }).match;
  }

  private search(key: string, from: number, find: () => { at: number; match: RegExpExecArray | null }): { at: number; match: RegExpExecArray | null } {
    const last = this.searches.get(key);
    // Still the answer: nothing was found from an earlier offset, or what was found lies at or after `from`.
    if (last && last.from <= from && (last.at === -1 || last.at >= from)) return last;
    const found = { from, ...find() };
    this.searches.set(key, found);
    return found;
  }
}

/** Index of the last value ≤ `target` in ascending `values` (0 when none is). */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((values[middle] ?? 0) <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many of the ascending `values` are < `target`. */
function countBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
