import { z } from 'zod';

export const uiLanguages = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const basePathSchema = z
  .string()
  .regex(/^(\/[^/\s?#]+)*$/, {
    message: "expected '' or a path such as '/my-repo' (leading slash, no trailing slash)",
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
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

export interface SiteEnvironment {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
  NEXT_PUBLIC_DISQUS_SHORTNAME?: string | undefined;
}

/** Applies the environment overrides and validates the result; throws one line per problem. */
export function resolveSiteConfig(input: SiteConfigInput, env: SiteEnvironment): SiteConfig {
  const merged: SiteConfigInput = {
    ...input,
    baseUrl: env.SITE_URL || input.baseUrl,
    basePath: env.BASE_PATH !== undefined && env.BASE_PATH !== '' ? env.BASE_PATH.replace(/\/+$/, '') : input.basePath,
    disqusShortname: env.NEXT_PUBLIC_DISQUS_SHORTNAME ?? input.disqusShortname,
  };
  const result = siteConfigSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `site.config.ts: key "${issue.path.join('.')}": ${issue.message}`,
    );
    throw new Error(lines.join('\n'));
  }
  return result.data;
}
