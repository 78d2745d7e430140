import { z } from 'zod';

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

const feedsSchema = z
  .object({
    /** Atom feeds: the same feed at each path; pages link to the first. */
    atom: z.union([feedPath, z.array(feedPath)]).transform((paths) => (typeof paths === 'string' ? [paths] : paths)),
    /** The RSS 2.0 feed, or '' for none. */
    rss: z.union([feedPath, z.literal('')]),
  })
  .default({ atom: ['/atom.xml', '/feed.xml'], rss: '/rss.xml' });

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
  commentsLoading: z.enum(commentsLoadingModes, { message: `expected one of ${commentsLoadingModes.join(', ')}` }).default('near-viewport'),
  feeds: feedsSchema,
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
