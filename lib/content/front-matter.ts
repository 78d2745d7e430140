import matter from 'gray-matter';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml, YAMLError } from 'yaml';
import type { ContentProblem } from './problems';

export interface SplitSource {
  /** The raw front matter as the YAML or TOML loader returned it: unknown until the schema has checked it. */
  data: unknown;
  body: string;
  /** 1-based line of the source where the body starts, for messages about the body. */
  bodyLine: number;
  /** The front matter's language; undefined for a file without front matter. */
  language: 'yaml' | 'toml' | undefined;
  problems: ContentProblem[];
}

class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(message);
  }
}

/*
 * The core schema keeps dates as strings: js-yaml's default timestamp type
 * turns 2019-13-45 into 2020-02-14 without a word, and the schema must see
 * what the author wrote to reject it.
 */
function loadYaml(text: string): object {
  try {
    return asMapping(parseYaml(text, { schema: 'core', uniqueKeys: false }));
  } catch (error) {
    // Hugo (go-yaml) and Jekyll's Psych read what the strict parser refuses; the original message stands when that is not it.
    const relaxed = indentQuotedContinuations(text);
    if (error instanceof YAMLError && relaxed !== text) {
      try {
        return asMapping(parseYaml(relaxed, { schema: 'core', uniqueKeys: false }));
      } catch {
        // reported below, as the author wrote it
      }
    }
    if (error instanceof YAMLError) {
      const position = error.linePos?.[0];
      const message = error.message.split('\n')[0] ?? error.message;
      throw new FrontMatterSyntaxError(message.replace(/ at line \d+, column \d+:?$/, ''), position?.line, position?.col);
    }
    throw error;
  }
}

function loadToml(text: string): object {
  try {
    return parseToml(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const message = error.message.split('\n')[0] ?? error.message;
      throw new FrontMatterSyntaxError(message, error.line, error.column);
    }
    throw error;
  }
}

/**
 * A quoted value continued on lines indented no deeper than its key:
 *
 *     title: "Notes from a meetup
 *     that I never wrote up"
 *
 * YAML 1.2 wants the continuation indented; go-yaml (Hugo) and Psych
 * (Jekyll) read it anyway, as one line folded at the breaks. Indenting the
 * continuation lines gives the value they read: folding drops the
 * indentation. Returns the text unchanged when there is no such value.
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n');
  let quote: '"' | "'" | undefined;
  let indent = '';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (quote === undefined) {
      const opening = /^(\s*)(?:-\s+)?(?:[^\s#"'][^:]*?|"[^"]*"|'[^']*'):\s+(["'])(.*)$/.exec(line);
      if (!opening) continue;
      const [, leading = '', mark, rest = ''] = opening;
      if (mark !== '"' && mark !== "'") continue;
      if (closesQuote(rest, mark)) continue;
      quote = mark;
      indent = `${leading}  `;
      continue;
    }
    if (line.trim() !== '' && !line.startsWith(indent)) lines[index] = `${indent}${line.trimStart()}`;
    if (closesQuote(line, quote)) quote = undefined;
  }
  return lines.join('\n');
}

/** Whether `text` (inside a scalar opened with `quote`) holds its closing quote: `\"` escapes in double quotes, `''` in single ones. */
export function closesQuote(text: string, quote: '"' | "'"): boolean {
  if (quote === '"') return /(^|[^\\])(\\\\)*"/.test(text);
  return /'/.test(text.replace(/''/g, ''));
}

/** gray-matter wants an object; a front matter that is one bare value is a syntax problem of its own. */
function asMapping(value: unknown): object {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object') return value;
  throw new FrontMatterSyntaxError(`expected key: value pairs, got the single value ${JSON.stringify(value)}`, undefined, undefined);
}

const engines = { yaml: loadYaml, toml: loadToml };

/**
 * Splits a post into front matter and Markdown body: YAML between `---`
 * lines (Jekyll, Hexo), TOML between `+++` lines (Hugo), or none at all.
 */
export function splitFrontMatter(source: string, file: string): SplitSource {
  const isToml = /^\uFEFF?\+\+\+[ \t]*\r?\n/.test(source);
  const language = isToml ? 'toml' : 'yaml';
  const text = source.replace(/^\uFEFF/, '');
  try {
    const parsed = matter(text, {
      language,
      delimiters: isToml ? '+++' : '---',
      engines,
    });
    const bodyLine = text.split('\n').length - parsed.content.split('\n').length + 1;
    const hasFrontMatter = parsed.matter !== undefined && bodyLine > 1;
    if (!hasFrontMatter) return withoutOpeningDelimiter(text, file);
    return { data: parsed.data, body: parsed.content, bodyLine, language, problems: [] };
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    const label = language === 'toml' ? 'TOML' : 'YAML';
    return {
      data: {},
      body: '',
      bodyLine: 1,
      language,
      problems: [
        {
          severity: 'error',
          file,
          // gray-matter hands the loaders the text from the end of the opening
          // delimiter on, so their line numbers are already the file's.
          ...(error.line !== undefined ? { line: error.line } : {}),
          ...(error.column !== undefined ? { column: error.column } : {}),
          message: `front matter is not valid ${label}: ${error.message}`,
        },
      ],
    };
  }
}

/**
 * Hexo reads front matter without its opening `---`: `title: x` lines, then
 * a `---` line, then the body. When those lines parse as a YAML mapping they
 * are front matter, as Hexo has it. Lines that only look like keys (not valid
 * YAML) are a warning: not read, and not shown as text either. Anything else
 * before a thematic break is body.
 */
function withoutOpeningDelimiter(text: string, file: string): SplitSource {
  const lines = text.split('\n');
  const close = lines.findIndex((line) => line.trim() === '---');
  const keyLines = close > 0 ? lines.slice(0, close).filter((line) => line.trim() !== '') : [];
  const looksLikeKeys =
    keyLines.some((line) => /^(title|date|layout|tags|categories|keywords|permalink|description)\s*:/.test(line)) &&
    keyLines.every((line) => /^\s*(#|[\w-]+:(\s|$)|-\s)/.test(line));
  if (!looksLikeKeys) return { data: {}, body: text, bodyLine: 1, language: undefined, problems: [] };
  const body = lines.slice(close + 1).join('\n');
  const bodyLine = close + 2;
  try {
    const data = parseYaml(lines.slice(0, close).join('\n'), { schema: 'core', uniqueKeys: false });
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) return { data, body, bodyLine, language: 'yaml', problems: [] };
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
  }
  return {
    data: {},
    body,
    bodyLine,
    language: undefined,
    problems: [
      {
        severity: 'warning',
        file,
        line: 1,
        message: `front matter has no opening "---" line and lines 1-${close + 1} are not valid YAML: they were not read and are not shown (add "---" as line 1 and fix them)`,
      },
    ],
  };
}

/** 1-based line of a top-level front matter key, so messages about its value can point at it. */
export function frontMatterKeyLine(source: string, key: string): number | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const delimiter = lines[0]?.trim();
  if (delimiter !== '---' && delimiter !== '+++') return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^["']?${escaped}["']?\\s*[:=]`);
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === delimiter) return undefined;
    if (pattern.test(line)) return index + 1;
  }
  return undefined;
}
