import path from 'node:path';
import { isTimeZone } from '../content/dates';
import { siteConfigSchema, type SiteConfig } from '../site-config-schema';
import type { ImportNote, ImportPlan } from './plan';

/*
 * The moved blog's site.config.ts values: what the old site's config
 * said, where confnotes has the same setting, and the project's own
 * values (or confnotes's defaults) for the rest. Every value is checked by
 * the same schema as site.config.ts; one that does not fit is left at the
 * default, with a note.
 */

/** 'zh_CN' → 'zh-CN'; undefined for what is no language tag. */
function languageTag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const tag = value.trim().replace(/_/g, '-');
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

export function importedSettings(plan: ImportPlan, current: SiteConfig, configFile: string, notes: ImportNote[]): SiteConfig {
  const imported = plan.settings;
  const language = languageTag(imported.defaultLanguage);
  if (imported.defaultLanguage !== undefined && language === undefined) notes.push({ file: configFile, message: `the language "${imported.defaultLanguage}" is no language tag; the site keeps ${current.defaultLanguage}` });
  const timeZone = imported.timeZone !== undefined && isTimeZone(imported.timeZone) ? imported.timeZone : '';
  if (imported.timeZone !== undefined && timeZone === '') notes.push({ file: configFile, message: `the time zone "${imported.timeZone}" is unknown; dates stay as written` });
  const unfiltered = imported.feeds.filter((feed) => feed.tags === undefined && feed.categories === undefined);
  const atom = unfiltered.filter((feed) => feed.format === 'atom').map((feed) => feed.path);
  const rss = unfiltered.filter((feed) => feed.format === 'rss').map((feed) => feed.path);
  const candidate = {
    ...current,
    title: imported.title ?? path.basename(plan.root),
    description: imported.description ?? current.description,
    author: imported.author ?? current.author,
    baseUrl: imported.baseUrl ?? current.baseUrl,
    basePath: imported.basePath ?? '',
    defaultLanguage: language ?? current.defaultLanguage,
    uiLanguage: (language ?? current.defaultLanguage).toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
    permalink: imported.permalink ?? current.permalink,
    timeZone,
    disqusShortname: imported.disqusShortname ?? '',
    commentsByDefault: imported.commentsByDefault ?? false,
    disqusIdentifier: imported.disqusIdentifier ?? current.disqusIdentifier,
    feeds: {
      // An old site without feeds keeps confnotes's: nothing to keep, much to gain.
      atom: atom.length + rss.length > 0 ? atom : current.feeds.atom,
      rss: atom.length + rss.length > 0 ? rss : current.feeds.rss,
      entryIds: imported.feedEntryIds ?? 'address',
      more: imported.feeds.filter((feed) => feed.tags !== undefined || feed.categories !== undefined).map((feed) => ({ ...feed })),
    },
    redirects: {},
    pageSize: imported.pageSize ?? current.pageSize,
  };
  const checked = siteConfigSchema.safeParse(candidate);
  if (checked.success) return checked.data;
  const fallback: Record<string, unknown> = { ...candidate };
  for (const issue of checked.error.issues) {
    const key = String(issue.path[0]);
    notes.push({ file: configFile, message: `${key}: ${issue.message}; the site keeps confnotes's value` });
    fallback[key] = key in current ? Object.entries(current).find(([name]) => name === key)?.[1] : undefined;
  }
  return siteConfigSchema.parse(fallback);
}
