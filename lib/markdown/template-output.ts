/**
 * The expanded Markdown, kept in pieces and joined once: appending to one
 * string and then reading its end (as dropping kramdown's `* TOC` line
 * does) copies the whole string each time.
 */
export class TemplateOutput {
  private readonly parts: string[] = [];

  append(text: string): void {
    if (text !== '') this.parts.push(text);
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
    const tail = this.parts.splice(first).join('');
    this.parts.push(tail.replace(/(^|\n)[ \t]*[*+-][ \t]+[^\n]*\n[ \t]*$/, '$1'));
  }

  toString(): string {
    return this.parts.join('');
  }
}
