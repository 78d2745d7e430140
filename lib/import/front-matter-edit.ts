/*
 * The importer keeps an old post's text as the author wrote it, and only
 * sets the few front matter keys that keep what the old site had (the
 * address where confnotes's rules would give another, a thread identifier,
 * a date). Edits are by line: comments, order and formatting stay.
 */

import { closesQuote, splitFrontMatter } from '../content/front-matter';

/** A value as YAML and TOML both read it: a boolean as it is, a string in double quotes (JSON's escapes are theirs). */
const quoted = (value: string | boolean) => (typeof value === 'boolean' ? String(value) : JSON.stringify(value));

/** Lines of a top-level key's value: its own line and what continues it (indented lines, list items, a multi-line TOML array). */
function keyExtent(lines: readonly string[], at: number, end: number, toml: boolean): number {
  let next = at + 1;
  if (toml) {
    const opened = (lines[at] ?? '').replace(/#.*$/, '');
    let depth = (opened.match(/\[/g) ?? []).length - (opened.match(/\]/g) ?? []).length;
    while (depth > 0 && next < end) {
      const line = lines[next] ?? '';
      depth += (line.match(/\[/g) ?? []).length - (line.match(/\]/g) ?? []).length;
      next += 1;
    }
    return next;
  }
  // A quoted value may go on over unindented lines (lib/content/front-matter.ts reads it so).
  const quote = /^[^:]*:\s+(["'])(.*)$/.exec(lines[at] ?? '');
  if (quote && (quote[1] === '"' || quote[1] === "'") && !closesQuote(quote[2] ?? '', quote[1])) {
    while (next < end && !closesQuote(lines[next] ?? '', quote[1])) next += 1;
    return Math.min(next + 1, end);
  }
  while (next < end && /^(\s+\S|-\s|-$|\s*$)/.test(lines[next] ?? '')) next += 1;
  // Blank lines belong to what follows, not to this value.
  while (next > at + 1 && (lines[next - 1] ?? '').trim() === '') next -= 1;
  return next;
}

/**
 * `text` with each of `keys` set at the top level of its front matter (YAML
 * between `---`, TOML between `+++`); a file without front matter gets one.
 * A key already there is replaced, wherever it stands; a new one goes at the
 * end of the top-level keys.
 */
export function setFrontMatterKeys(text: string, keys: Readonly<Record<string, string | boolean>>): string {
  const entries = Object.entries(keys);
  if (entries.length === 0) return text;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Hexo's front matter without its opening '---' gets one, as every other engine writes it.
  const opened = /^(---|\+\+\+)[ \t]*\r?$/m.test(text.slice(bom.length).split('\n')[0] ?? '') || splitFrontMatter(text, '').language !== 'yaml' ? text.slice(bom.length) : `---\n${text.slice(bom.length)}`;
  const lines = opened.split('\n');
  const delimiter = lines[0]?.trim();
  const toml = delimiter === '+++';
  if (delimiter !== '---' && !toml) {
    return `${bom}---\n${entries.map(([key, value]) => `${key}: ${quoted(value)}`).join('\n')}\n---\n${lines.join('\n')}`;
  }
  let close = lines.findIndex((line, index) => index > 0 && line.trim() === delimiter);
  if (close === -1) close = lines.length;
  // TOML keys after a [table] header belong to the table.
  const tableAt = toml ? lines.findIndex((line, index) => index > 0 && index < close && /^\s*\[/.test(line)) : -1;
  let topEnd = tableAt === -1 ? close : tableAt;
  for (const [key, value] of entries) {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = toml ? new RegExp(`^["']?${escaped}["']?\\s*=`) : new RegExp(`^["']?${escaped}["']?\\s*:(\\s|$)`);
    const line = toml ? `${key} = ${quoted(value)}` : `${key}: ${quoted(value)}`;
    const at = lines.findIndex((candidate, index) => index > 0 && index < topEnd && pattern.test(candidate));
    if (at === -1) {
      lines.splice(topEnd, 0, line);
    } else {
      const end = keyExtent(lines, at, topEnd, toml);
      lines.splice(at, end - at, line);
      topEnd -= end - at - 1;
      continue;
    }
    topEnd += 1;
  }
  return bom + lines.join('\n');
}
