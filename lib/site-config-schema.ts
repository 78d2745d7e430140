import { z } from 'zod';
import { isTimeZone } from './content/dates';
import { DEFAULT_PERMALINK, expandPermalink } from './content/permalink';

export const uiLanguages = ['en', 'zh-CN'] as const;
export const commentsLoadingModes = ['near-viewport', 'on-click'] as const;
export type CommentsLoading = (typeof commentsLoadingModes)[number];
export type UiLanguage = (typeof uiLanguages)[number];

const basePathSchema = z
  .string()
  .regex(/^(\/[^/\s?#]+)*$/, {
    message: "expected '' or a path such as '/my-repo' (leading slash, no trailing slash)",
  });

const feedPath = z.string().regex(/^\/[^\s?#]*\.xml$/, { message: "expected a path such as '/atom.xml' (leading slash, ending in .xml)" });
const feedPaths = z.union([feedPath, z.array(feedPath)]).transform((paths) => (typeof paths === 'string' ? [paths] : paths));

/** How a feed entry names its post, so that a moved blog's subscribers see no entry twice. */
export const postIdStyles = ['address', 'jekyll-post-id'] as const;
/** What the Disqus embed sends as the thread's identifier. */
export const disqusIdentifierStyles = ['address', 'url', 'jekyll-post-id', 'none'] as const;

const sitePathPattern = /^\/[^\s?#]*$/;

const feedsSchema = z
  .object({
    /** Atom feeds: the same feed at each path; pages link to the first. */
    atom: feedPaths,
    /** The RSS 2.0 feed at each path (Hugo's is /index.xml), or '' for none. */
    rss: z.union([feedPaths, z.literal('')]).transform((paths) => (paths === '' ? [] : paths)),
    /** Each entry's id: the post's absolute address, or Jekyll's post.id made absolute (its folder and slug, without .html), as Jekyll themes' feeds had it. */
    entryIds: z.enum(postIdStyles, { message: `expected one of ${postIdStyles.join(', ')}` }).default('address'),
    /** Feeds an old blog published per tag, category or section, kept at their addresses: the posts with one of `tags` or `categories`, every post when neither is given. */
    more: z
      .array(
        z.object({
          path: feedPath,
          format: z.enum(['atom', 'rss'], { message: 'expected atom or rss' }),
          title: z.string().optional(),
          tags: z.array(z.string()).optional(),
          categories: z.array(z.string()).optional(),
        }),
      )
      .default([]),
  })
  .default({ atom: ['/atom.xml', '/feed.xml'], rss: ['/rss.xml'], entryIds: 'address', more: [] });

const permalinkSchema = z
  .string()
  .regex(/^\/[^\s?#]*$/, { message: "expected a path pattern such as '/:year/:month/:day/:title.html'" })
  .superRefine((pattern, context) => {
    const probe = expandPermalink(pattern, { slug: 'x', date: { year: 2019, month: 11, day: 30, isoDate: '2019-11-30', hour: 0, minute: 0, second: 0, dateTime: '2019-11-30T00:00:00Z', zoned: false } });
    if (!probe.ok) context.addIssue({ code: 'custom', message: probe.message.replace(/^permalink /, 'the pattern ') });
  });

export const siteConfigSchema = z.object({
  title: z.string().min(1, { message: 'expected a non-empty site title' }),
  description: z.string(),
  author: z.string(),
  baseUrl: z
    .url({ protocol: /^https?$/, message: "expected an absolute http(s) URL such as 'https://notes.example.org'" })
    .transform((url) => url.replace(/\/+$/, '')),
  basePath: basePathSchema,
  defaultLanguage: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: "expected a BCP 47 language tag such as 'en' or 'zh-CN'",
  }),
  uiLanguage: z.enum(uiLanguages, { message: `expected one of ${uiLanguages.join(', ')}` }),
  disqusShortname: z.string().regex(/^[a-z0-9-]*$/i, { message: 'expected a Disqus shortname (letters, digits, dashes) or an empty string' }),
  commentsByDefault: z.boolean({ message: 'expected true or false' }).default(false),
  commentsLoading: z.enum(commentsLoadingModes, { message: `expected one of ${commentsLoadingModes.join(', ')}` }).default('near-viewport'),
  feeds: feedsSchema,
  /** Address of posts without a permalink of their own; Jekyll's, Hugo's and Hexo's placeholders. */
  permalink: permalinkSchema.default(DEFAULT_PERMALINK),
  /** IANA time zone of the dates in addresses and on pages (Jekyll's and Hexo's `timezone`); '' keeps dates as written. */
  timeZone: z
    .string()
    .refine((zone) => zone === '' || isTimeZone(zone), { message: "expected an IANA time zone such as 'Asia/Shanghai' or 'UTC', or ''" })
    .default(''),
  /** The Disqus thread identifier the old blog's embed sent. */
  disqusIdentifier: z.enum(disqusIdentifierStyles, { message: `expected one of ${disqusIdentifierStyles.join(', ')}` }).default('address'),
  /** Posts per page of the home page and of each keyword's page; the others are at page/2/, page/3/… */
  pageSize: z.number({ message: 'expected a whole number of posts per page' }).int({ message: 'expected a whole number of posts per page' }).min(1, { message: 'expected at least 1 post per page' }).default(20),
  /** Old addresses with no page of their own (archives, tag pages, /page/2/) → the site path readers are sent to. */
  redirects: z
    .record(z.string(), z.string().regex(sitePathPattern, { message: "expected a site path such as '/keywords/' as the target" }))
    .superRefine((redirects, context) => {
      for (const from of Object.keys(redirects)) {
        if (!sitePathPattern.test(from) || from === '/') context.addIssue({ code: 'custom', path: [from], message: "expected an old address such as '/archive/' as the key" });
      }
    })
    .default({}),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

export interface SiteEnvironment {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
  NEXT_PUBLIC_DISQUS_SHORTNAME?: string | undefined;
  COMMENTS_LOADING?: string | undefined;
}

/** Applies the environment overrides and validates the result; throws one line per problem. */
export function resolveSiteConfig(input: SiteConfigInput, env: SiteEnvironment): SiteConfig {
  // Environment values are unchecked strings: the schema checks the merged result and names what is wrong.
  const merged = {
    ...input,
    baseUrl: env.SITE_URL || input.baseUrl,
    basePath: env.BASE_PATH !== undefined && env.BASE_PATH !== '' ? env.BASE_PATH.replace(/\/+$/, '') : input.basePath,
    disqusShortname: env.NEXT_PUBLIC_DISQUS_SHORTNAME ?? input.disqusShortname,
    commentsLoading: env.COMMENTS_LOADING || input.commentsLoading,
  };
  const fromEnvironment: Record<string, string | undefined> = {
    baseUrl: env.SITE_URL ? 'SITE_URL' : undefined,
    basePath: env.BASE_PATH ? 'BASE_PATH' : undefined,
    disqusShortname: env.NEXT_PUBLIC_DISQUS_SHORTNAME !== undefined ? 'NEXT_PUBLIC_DISQUS_SHORTNAME' : undefined,
    commentsLoading: env.COMMENTS_LOADING ? 'COMMENTS_LOADING' : undefined,
  };
  const result = siteConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const variable = fromEnvironment[key];
      return variable
        ? `environment variable ${variable} (site.config.ts key "${key}"): ${issue.message}`
        : `site.config.ts: key "${key}": ${issue.message}`;
    });
    throw new Error(lines.join('\n'));
  }
  return result.data;
}
