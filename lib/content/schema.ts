import { z } from 'zod';
import { parsePostDate, postDateFromDate, type PostDate } from './dates';

/*
 * The only place where raw front matter becomes typed data. Keys follow
 * Jekyll (and what Hugo and Hexo share with it); `layout` and keys we do not
 * know are accepted and ignored, so old posts build unchanged.
 */

/** 'got 42', 'got a list': what the author wrote, in the words of the message. */
function describeInput(input: unknown): string {
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return input.toISOString();
  if (typeof input === 'object') return 'a nested map of keys';
  if (typeof input === 'string') return `"${input}"`;
  return `${typeof input} ${String(input)}`;
}

const expected = (what: string) => (issue: { input?: unknown }) => `expected ${what}, got ${describeInput(issue.input)}`;

const text = (what: string) =>
  z.union([z.string(), z.number()], { error: expected(what) }).transform((value) => String(value).trim());

/** YAML 1.1 (Jekyll's Psych) reads yes/no/on/off as booleans; the core schema we parse with does not. */
const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, on: true, off: false };

const flag = z.union([z.boolean(), z.string()], { error: expected('true or false') }).transform((value, context) => {
  if (typeof value === 'boolean') return value;
  const word = BOOLEAN_WORDS[value.trim().toLowerCase()];
  if (word === undefined) {
    context.addIssue({ code: 'custom', message: `expected true or false, got "${value}"` });
    return z.NEVER;
  }
  return word;
});

/** 'a, b' and ['a', 'b'] both mean two entries; Jekyll tags and Hexo categories come both ways. */
const list = (what: string, separator: RegExp) =>
  z
    .union([z.string(), z.array(z.union([z.string(), z.number()]).nullable())], { error: expected(what) })
    .transform((value) =>
      (typeof value === 'string' ? value.split(separator) : value.map((entry) => (entry === null ? '' : String(entry))))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    );

const date = z
  .union([z.string(), z.date()], { error: expected("a date such as 2019-11-30 or '2019-11-30 10:00:00 +0800'") })
  .transform((value, context): PostDate => {
    const parsed = typeof value === 'string' ? parsePostDate(value) : postDateFromDate(value);
    if (!parsed) {
      context.addIssue({
        code: 'custom',
        message: `expected a real date such as 2019-11-30 or '2019-11-30 10:00:00 +0800', got "${String(value)}"`,
      });
      return z.NEVER;
    }
    return parsed;
  });

const PERMALINK_PATTERN = /^\/[^\s?#]*$/;

const language = z
  .string({ error: expected("a language tag such as 'zh-CN' or 'en'") })
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, { message: "expected a language tag such as 'zh-CN' or 'en'" })
  .transform((value) => value.replace(/_/g, '-'));

/** `comments: disqus` turns Disqus on; any other string names a service we do not support. */
const comments = z.union([z.boolean(), z.string()], { error: expected('disqus, true or false') });

/** Absent and empty (`key:` with no value) mean the same: the default. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === null ? undefined : value), schema.optional());

/** Old addresses of a post (jekyll-redirect-from's `redirect_from`, Hugo's `aliases`): one path or a list. */
const oldPaths = z
  .union([z.string(), z.array(z.string())], { error: expected("a path such as '/old/address.html', or a list of them") })
  .transform((value) => (typeof value === 'string' ? [value] : value).map((entry) => entry.trim()).filter((entry) => entry !== ''));

/** The conference a post's notes are from, as `npm run new -- --schedule` writes it. */
export interface ConferenceDetails {
  name: string;
  place: string | undefined;
  url: string | undefined;
}

/**
 * `conference: true` or a conference's name (notes), `false` (an article);
 * yes/no/on/off as Jekyll's YAML reads them; or a map of `name`, `place`
 * and `url` (the conference's site), as `npm run new -- --schedule` writes.
 */
const conference = z
  .union(
    [
      z.boolean(),
      z.string(),
      z.strictObject({
        /** The conference's name. */
        name: text("the conference's name as text"),
        /** Where it took place ('Berlin', 'bcc Berlin Congress Center, Berlin'). */
        place: optional(text('the place as text')),
        /** The conference's own site. */
        url: optional(z.url({ protocol: /^https?$/, error: expected("the conference's address, such as 'https://fosdem.org/2026/'") })),
      }),
    ],
    { error: expected("true, false, the conference's name, or a map of name, place and url") },
  )
  .transform((value): boolean | string | ConferenceDetails | undefined => {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'object') return { name: value.name, place: value.place || undefined, url: value.url };
    const word = BOOLEAN_WORDS[value.trim().toLowerCase()];
    return word ?? (value.trim() === '' ? undefined : value.trim());
  });

/** What the post-kind rule reads of `conference`: true, false, the name, or nothing said. */
export function conferenceSetting(value: boolean | string | ConferenceDetails | undefined): boolean | string | undefined {
  return typeof value === 'object' ? value.name : value;
}

export const frontMatterSchema = z.looseObject({
  title: optional(text('the post title as text')),
  description: optional(text('a one-sentence description as text')),
  keywords: optional(list('a comma-separated string or a list of keywords', /[,，、]/)),
  date: optional(date),
  /** The post's name in its address (`:title`, `:slug`): Jekyll's, Hugo's and Hexo's `slug`; the file name by default. */
  slug: optional(text('the slug as text, such as flink-forward-asia')),
  permalink: optional(
    z
      .string({ error: expected("a path such as '/2019/11/30/my-notes.html'") })
      // Jekyll and Hexo read 'about/' as '/about/'.
      .transform((value) => (value.startsWith('/') ? value : `/${value}`))
      .pipe(
        z.string().regex(PERMALINK_PATTERN, {
          message: "expected a path without spaces, '?' or '#', such as '/2019/11/30/my-notes.html'",
        }),
      ),
  ),
  tags: optional(list('a space-separated string or a list of tags', /[\s,]+/)),
  categories: optional(list('a space-separated string or a list of categories', /[\s,]+/)),
  lang: optional(language),
  index: optional(flag),
  comments: optional(comments),
  conference: optional(conference),
  published: optional(flag),
  draft: optional(flag),
  // Qiita's keys: an ignored or private article is not published.
  ignorePublish: optional(flag),
  private: optional(flag),
  disqus_identifier: optional(text('the Disqus thread identifier as text')),
  redirect_from: optional(oldPaths),
  aliases: optional(oldPaths),
  disqus_url: optional(
    z.url({ protocol: /^https?$/, error: expected("the thread's absolute address, such as 'https://blog.example.org/2019/11/30/notes.html'") }),
  ),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

export interface FrontMatterIssue {
  key: string | undefined;
  message: string;
}

export type FrontMatterResult =
  | { success: true; data: FrontMatter }
  | { success: false; issues: FrontMatterIssue[] };

export function parseFrontMatter(data: unknown): FrontMatterResult {
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({
      key: issue.path.length > 0 ? issue.path.map(String).join('.') : undefined,
      message: issue.path.length > 0 ? issue.message : 'expected key: value pairs at the top level of the front matter',
    })),
  };
}
