import { describe, expect, it } from 'vitest';
import { resolveSiteConfig, type SiteConfigInput, type SiteEnvironment } from './site-config-schema';

const input: SiteConfigInput = {
  title: 'confnotes',
  description: 'Notes',
  author: 'me',
  baseUrl: 'https://example.github.io/',
  basePath: '',
  defaultLanguage: 'zh-CN',
  uiLanguage: 'zh-CN',
  disqusShortname: '',
};

describe('resolveSiteConfig', () => {
  it.each<[string, SiteEnvironment, Partial<ReturnType<typeof resolveSiteConfig>>]>([
    ['the file alone, trailing slash dropped', {}, { baseUrl: 'https://example.github.io', basePath: '', disqusShortname: '', commentsLoading: 'near-viewport' }],
    ['SITE_URL', { SITE_URL: 'http://localhost:4173' }, { baseUrl: 'http://localhost:4173' }],
    ['BASE_PATH, trailing slash dropped', { BASE_PATH: '/confnotes/' }, { basePath: '/confnotes' }],
    ['NEXT_PUBLIC_DISQUS_SHORTNAME', { NEXT_PUBLIC_DISQUS_SHORTNAME: 'my-blog' }, { disqusShortname: 'my-blog' }],
    ['an empty shortname turns comments off', { NEXT_PUBLIC_DISQUS_SHORTNAME: '' }, { disqusShortname: '' }],
    ['COMMENTS_LOADING', { COMMENTS_LOADING: 'on-click' }, { commentsLoading: 'on-click' }],
  ])('%s', (_name, env, expected) => {
    expect(resolveSiteConfig(input, env)).toMatchObject(expected);
  });

  it('publishes Atom at /atom.xml and /feed.xml and RSS at /rss.xml unless told otherwise', () => {
    expect(resolveSiteConfig(input, {}).feeds).toEqual({ atom: ['/atom.xml', '/feed.xml'], rss: ['/rss.xml'], entryIds: 'address', more: [] });
    expect(resolveSiteConfig({ ...input, feeds: { atom: '/index.xml', rss: '' } }, {}).feeds).toEqual({ atom: ['/index.xml'], rss: [], entryIds: 'address', more: [] });
  });

  it('keeps Jekyll’s addresses and the dates as written unless told otherwise', () => {
    expect(resolveSiteConfig(input, {})).toMatchObject({ permalink: '/:year/:month/:day/:title.html', timeZone: '', disqusIdentifier: 'address', redirects: {} });
  });

  it.each<[string, SiteConfigInput, SiteEnvironment, string]>([
    ['a feed path that is not .xml', { ...input, feeds: { atom: ['/atom'], rss: '/rss.xml' } }, {}, `site.config.ts: key "feeds.atom.0": expected a path such as '/atom.xml' (leading slash, ending in .xml)`],
    ['a relative base URL', { ...input, baseUrl: 'example.org' }, {}, `site.config.ts: key "baseUrl": expected an absolute http(s) URL such as 'https://notes.example.org'`],
    ['a base path without leading slash', input, { BASE_PATH: 'repo' }, `environment variable BASE_PATH (site.config.ts key "basePath"): expected '' or a path such as '/my-repo' (leading slash, no trailing slash)`],
    ['an unknown UI language', { ...input, uiLanguage: 'fr' as 'en' }, {}, 'site.config.ts: key "uiLanguage": expected one of en, zh-CN'],
    ['an unknown loading mode', input, { COMMENTS_LOADING: 'eager' }, 'environment variable COMMENTS_LOADING (site.config.ts key "commentsLoading"): expected one of near-viewport, on-click'],
    ['an unknown permalink placeholder', { ...input, permalink: '/:year/:weekday/:title/' }, {}, 'site.config.ts: key "permalink": the pattern "/:year/:weekday/:title/" uses the unknown placeholder ":weekday"'],
    ['an unknown time zone', { ...input, timeZone: 'Asia/Peking' }, {}, `site.config.ts: key "timeZone": expected an IANA time zone such as 'Asia/Shanghai' or 'UTC', or ''`],
    ['a redirect from a full URL', { ...input, redirects: { 'https://old.example.org/x': '/' } }, {}, `site.config.ts: key "redirects.https://old.example.org/x": expected an old address such as '/archive/' as the key`],
  ])('rejects %s, naming the key', (_name, config, env, message) => {
    expect(() => resolveSiteConfig(config, env)).toThrow(message);
  });
});
