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
  /**
   * Where posts without a `permalink` of their own are published. Jekyll's,
   * Hugo's and Hexo's placeholders: :year :month :day :i_month :i_day
   * :short_year :y_day :hour :minute :second :title and :slug (the post's
   * slug: its `slug` key, else its file name), :categories, :section (its
   * first folder), :output_ext ('.html'). Undated posts go to /notes/ when
   * the pattern needs a date.
   */
  permalink: '/:year/:month/:day/:title.html',
  /** IANA time zone of the dates in addresses and on pages ('Asia/Shanghai'); '' keeps each date as written. */
  timeZone: '',
  /** Disqus shortname; '' turns comments off everywhere. Env NEXT_PUBLIC_DISQUS_SHORTNAME overrides. */
  disqusShortname: '',
  /** Whether posts without a `comments` key show their Disqus thread (themes of Hugo and Hexo showed it under every post). */
  commentsByDefault: false,
  /**
   * The thread identifier sent to Disqus, as the old blog's embed sent it, so
   * that threads stay: 'address' ('/2019/11/30/notes.html'), 'url' (the
   * canonical URL), 'jekyll-post-id' ('/2019/11/30/notes') or 'none' (Disqus
   * finds the thread by URL). A post's `disqus_identifier` wins.
   */
  disqusIdentifier: 'address',
  /**
   * When the Disqus embed loads: 'near-viewport' (as the reader scrolls
   * towards the comments) or 'on-click' (a "Show comments" button). Nothing
   * from Disqus loads with the page either way.
   */
  commentsLoading: 'near-viewport',
  /**
   * Feeds of the newest 20 posts that are not `index: false`: Atom at each
   * `atom` path (pages link to the first), RSS 2.0 at each `rss` path
   * (Hugo's was /index.xml). `entryIds`: 'address' (each entry's id is the
   * post's URL) or 'jekyll-post-id' (Jekyll's post.id made absolute, as
   * jekyll-feed and Jekyll themes had it), so subscribers of a moved blog
   * see no entry twice. `more`: feeds the old blog published per tag or
   * category, kept at their addresses.
   */
  feeds: {
    atom: ['/atom.xml', '/feed.xml'],
    rss: ['/rss.xml'],
    entryIds: 'address',
    more: [],
  },
  /** Posts per page of the home page and of each keyword's page; the others are at page/2/, page/3/… */
  pageSize: 20,
  /** Old addresses with no page of their own (archives, tag pages, /page/2/), each sent to the page given. */
  redirects: {},
};

export default siteConfig;
