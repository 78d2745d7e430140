import type { SiteConfigInput } from './lib/site-config-schema';

/**
 * The one configuration file of a confnotes site. Environment variables
 * override some keys at build time (see README, "Configuration").
 * Keep this file free of runtime imports: next.config.js loads it directly.
 */
const siteConfig: SiteConfigInput = {
  /** Site name, shown in the header, the feed and every page title. */
  title: 'confnotes',
  /** One sentence about the site: the home page's meta description and the feed subtitle. */
  description: 'Conference notes: days, sessions and talks, written in Markdown.',
  /** Author of the notes (feed and meta author). */
  author: 'confnotes',
  /** Where the site is published, without base path. Env SITE_URL overrides. */
  baseUrl: 'https://example.github.io',
  /** Sub-path for GitHub Pages project sites ('/repo'), '' at a domain's root. Env BASE_PATH overrides. */
  basePath: '',
  /** Language of posts that set no `lang` (BCP 47). */
  defaultLanguage: 'zh-CN',
  /** Language of the site's own words (navigation, labels): 'en' or 'zh-CN'. */
  uiLanguage: 'zh-CN',
  /** Disqus shortname; '' turns comments off everywhere. Env NEXT_PUBLIC_DISQUS_SHORTNAME overrides. */
  disqusShortname: '',
  /**
   * When the Disqus embed loads: 'near-viewport' (as the reader scrolls
   * towards the comments) or 'on-click' (a "Show comments" button). Nothing
   * from Disqus loads with the page either way.
   */
  commentsLoading: 'near-viewport',
  /**
   * Where the feeds are published (newest 20 posts that are not `index: false`):
   * Atom at each `atom` path (Jekyll blogs served /atom.xml or /feed.xml; pages
   * link to the first), RSS 2.0 at `rss` ('' for none).
   */
  feeds: { atom: ['/atom.xml', '/feed.xml'], rss: '/rss.xml' },
};

export default siteConfig;
