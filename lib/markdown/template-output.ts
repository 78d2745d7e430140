/**
 * The expanded Markdown, kept in pieces and joined once: appending to one
 * string and then reading its end (as dropping kramdown's `* TOC` line
 * does) copies the whole string each time. Each piece remembers where in
 * the source it comes from, so that a line of the output can be traced
 * back to the post's own line.
 */
export class TemplateOutput {
  private readonly parts: string[] = [];
  /** Per piece: its offset in the output, the source offset it comes from, and whether it is a copy of the source there. */
  private readonly starts: number[] = [];
  private readonly sources: number[] = [];
  private readonly copies: boolean[] = [];
  private length = 0;
  /** Where generated text comes from: the template token being expanded. */
  private origin = 0;

  /** Text generated from now on comes from the token at `offset`. */
  from(offset: number): void {
    this.origin = offset;
  }

  /** Appends text: a copy of the source at `copiedFrom`, or text generated for the current token. */
  append(text: string, copiedFrom?: number): void {
    if (text === '') return;
    this.parts.push(text);
    this.starts.push(this.length);
    this.sources.push(copiedFrom ?? this.origin);
    this.copies.push(copiedFrom !== undefined);
    this.length += text.length;
  }

  /**
   * When the output ends with a list item line and then a line of only
   * spaces (kramdown's `* TOC` before `{:toc}`), drops both; the line break
   * before the item stays. Reads only those two lines.
   */
  dropTrailingListItem(): void {
    // The current line must hold only spaces or tabs: usually the first character looked at says no.
    let breaks = 0;
    let taken = 0;
    outer: for (let part = this.parts.length - 1; part >= 0; part -= 1) {
      const text = this.parts[part] ?? '';
      for (let index = text.length - 1; index >= 0; index -= 1) {
        const character = text[index];
        if (character === '\n') {
          breaks += 1;
          if (breaks === 2) break outer;
        } else if (breaks === 0 && character !== ' ' && character !== '\t') {
          return;
        }
      }
      taken += 1;
    }
    if (breaks === 0) return;
    // The two lines (and what precedes them in the first part taken), as one piece.
    const first = this.parts.length - Math.min(this.parts.length, taken + 1);
    const source = this.sources[first] ?? this.origin;
    const copied = this.copies[first] ?? false;
    this.length = this.starts[first] ?? 0;
    const tail = this.parts.splice(first).join('');
    this.starts.splice(first);
    this.sources.splice(first);
    this.copies.splice(first);
    const kept = tail.replace(/(^|\n)[ \t]*[*+-][ \t]+[^\n]*\n[ \t]*$/, '$1');
    // What is kept starts where the first piece did; it is still a copy if that piece was.
    this.append(kept, copied ? source : undefined);
    if (!copied) this.sources[this.sources.length - 1] = source;
  }

  /** The source offset an output offset comes from (the token's start, for generated text). */
  sourceOffset(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const source = this.sources[low] ?? 0;
    return this.copies[low] ? source + (offset - (this.starts[low] ?? 0)) : source;
  }

  toString(): string {
    return this.parts.join('');
  }
}
