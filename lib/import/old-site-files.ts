import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../content/front-matter';

/** Every file under `root`, as '/'-separated paths relative to it, sorted; folders for which `skipFolder` says so are not entered. */
export function listFiles(root: string, skipFolder: (relative: string, name: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    const directory = path.join(root, relative);
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipFolder(child, entry.name)) walk(child);
      } else if (entry.isFile()) {
        files.push(child);
      }
    }
  };
  if (existsSync(root) && statSync(root).isDirectory()) walk('');
  return files;
}

/** Whether a file starts with front matter (`---` or `+++`), as generators tell pages from files they copy. */
export function startsWithFrontMatter(bytes: Buffer): boolean {
  return /^(\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.test(bytes.subarray(0, 8).toString('utf8'));
}

/** A text file's front matter (checked for nothing), body and the line the body starts at. */
export function readFrontMatter(text: string, file: string): { data: Record<string, unknown>; body: string; bodyLine: number; ok: boolean } {
  const split = splitFrontMatter(text, file);
  const data = split.data !== null && typeof split.data === 'object' && !Array.isArray(split.data) ? Object.fromEntries(Object.entries(split.data)) : {};
  return { data, body: split.body, bodyLine: split.bodyLine, ok: !split.problems.some((problem) => problem.severity === 'error') };
}

/** A string value of a config or front matter map, when it is one. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A list of strings from a value that is one string (split on `separator`), a list, or absent. */
export function stringsOf(value: unknown, separator: RegExp = /\s+/): string[] {
  if (typeof value === 'string') return value.split(separator).map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (Array.isArray(value)) return value.flatMap((entry) => (typeof entry === 'string' || typeof entry === 'number' ? [String(entry).trim()] : [])).filter((entry) => entry !== '');
  return [];
}

/** The map at `key` of a config map, or an empty one. */
export function mapOf(value: unknown, key: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const inner: unknown = Object.entries(value).find(([name]) => name === key)?.[1];
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner)) : {};
}

/** A value of a config map by key, case-insensitively (Hugo's keys are). */
export function valueOf(map: Record<string, unknown>, key: string): unknown {
  const lower = key.toLowerCase();
  return Object.entries(map).find(([name]) => name.toLowerCase() === lower)?.[1];
}

/** A YAML, TOML or JSON config file as a map; a file that does not parse is an error naming it. */
export function readConfigFile(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    if (file.endsWith('.toml')) data = parseToml(text);
    else if (file.endsWith('.json')) data = JSON.parse(text);
    else data = parseYaml(text, { uniqueKeys: false });
  } catch (error) {
    throw new Error(`${file}: the old site's configuration does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.fromEntries(Object.entries(data)) : {};
}

/** Shell-style matching of Jekyll's and Hexo's exclude patterns: `*` within a segment, `**` across them. */
export function matchesPattern(relative: string, pattern: string): boolean {
  const clean = pattern.replace(/^\.?\//, '').replace(/\/$/, '');
  if (clean === '') return false;
  if (relative === clean || relative.startsWith(`${clean}/`)) return true;
  if (!/[*?[]/.test(clean)) return false;
  const expression = clean
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) => (part.startsWith('**') ? '(?:.*/)?' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${expression}(?:/.*)?$`).test(relative);
}

/** Line of the first match of `pattern` in `text` (1-based), for notes that point at it. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : undefined;
}
