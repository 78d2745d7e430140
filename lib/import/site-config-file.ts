import type { SiteConfig } from '../site-config-schema';

/*
 * site.config.ts as text, with a comment per key: what `npm run import`
 * writes for a moved blog, and the shape of the file the project ships
 * (a test holds the two together).
 */

export type SiteConfigValues = Omit<SiteConfig, 'feeds'> & { feeds: SiteConfig['feeds'] };

const string = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function stringList(values: readonly string[]): string {
  return `[${values.map(string).join(', ')}]`;
}

function feedsLiteral(feeds: SiteConfig['feeds']): string {
  const lines = [`atom: ${stringList(feeds.atom)}`, `rss: ${stringList(feeds.rss)}`, `entryIds: ${string(feeds.entryIds)}`];
  if (feeds.more.length === 0) lines.push('more: []');
  else {
    lines.push(
      `more: [\n${feeds.more
        .map((feed) => {
          const parts = [`path: ${string(feed.path)}`, `format: ${string(feed.format)}`];
          if (feed.title !== undefined) parts.push(`title: ${string(feed.title)}`);
          if (feed.tags !== undefined) parts.push(`tags: ${stringList(feed.tags)}`);
          if (feed.categories !== undefined) parts.push(`categories: ${stringList(feed.categories)}`);
          return `      { ${parts.join(', ')} },`;
        })
        .join('\n')}\n    ]`,
    );
  }
  return `{\n${lines.map((line) => `    ${line},`).join('\n')}\n  }`;
}

function redirectsLiteral(redirects: Readonly<Record<string, string>>): string {
  const entries = Object.entries(redirects);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([from, to]) => `    ${string(from)}: ${string(to)},`).join('\n')}\n  }`;
}

/** The text of site.config.ts for these values. */
export function renderSiteConfig(config: SiteConfigValues, header = 'The one configuration file of a confnotes site.'): string {
  return `import type { SiteConfigInput } from './lib/site-config-schema';

/**
 * ${header} Environment variables
 * override some keys at build time (see README, "Configuration").
 * Keep this file free of runtime imports: next.config.js loads it directly.
 */
const siteConfig: SiteConfigInput = {
  /** Site name, shown in the header, the feed and every page title. */
  title: ${string(config.title)},
  /** One sentence about the site: the home page's meta description and the feed subtitle. */
  description: ${string(config.description)},
  /** Author of the notes (feed and meta author). */
  author: ${string(config.author)},
  /** Where the site is published, without base path. Env SITE_URL overrides. */
  baseUrl: ${string(config.baseUrl)},
  /** Sub-path for GitHub Pages project sites ('/repo'), '' at a domain's root. Env BASE_PATH overrides. */
  basePath: ${string(config.basePath)},
  /** Language of posts that set no \`lang\` (BCP 47). */
  defaultLanguage: ${string(config.defaultLanguage)},
  /** Language of the site's own words (navigation, labels): 'en' or 'zh-CN'. */
  uiLanguage: ${string(config.uiLanguage)},
  /**
   * Where posts without a \`permalink\` of their own are published. Jekyll's,
   * Hugo's and Hexo's placeholders: :year :month :day :i_month :i_day
   * :short_year :y_day :hour :minute :second :title and :slug (the post's
   * slug: its \`slug\` key, else its file name), :categories, :section (its
   * first folder), :output_ext ('.html'). Undated posts go to /notes/ when
   * the pattern needs a date.
   */
  permalink: ${string(config.permalink)},
  /** IANA time zone of the dates in addresses and on pages ('Asia/Shanghai'); '' keeps each date as written. */
  timeZone: ${string(config.timeZone)},
  /** Disqus shortname; '' turns comments off everywhere. Env NEXT_PUBLIC_DISQUS_SHORTNAME overrides. */
  disqusShortname: ${string(config.disqusShortname)},
  /** Whether posts without a \`comments\` key show their Disqus thread (themes of Hugo and Hexo showed it under every post). */
  commentsByDefault: ${String(config.commentsByDefault)},
  /**
   * The thread identifier sent to Disqus, as the old blog's embed sent it, so
   * that threads stay: 'address' ('/2019/11/30/notes.html'), 'url' (the
   * canonical URL), 'jekyll-post-id' ('/2019/11/30/notes') or 'none' (Disqus
   * finds the thread by URL). A post's \`disqus_identifier\` wins.
   */
  disqusIdentifier: ${string(config.disqusIdentifier)},
  /**
   * When the Disqus embed loads: 'near-viewport' (as the reader scrolls
   * towards the comments) or 'on-click' (a "Show comments" button). Nothing
   * from Disqus loads with the page either way.
   */
  commentsLoading: ${string(config.commentsLoading)},
  /**
   * Feeds of the newest 20 posts that are not \`index: false\`: Atom at each
   * \`atom\` path (pages link to the first), RSS 2.0 at each \`rss\` path
   * (Hugo's was /index.xml). \`entryIds\`: 'address' (each entry's id is the
   * post's URL) or 'jekyll-post-id' (Jekyll's post.id made absolute, as
   * jekyll-feed and Jekyll themes had it), so subscribers of a moved blog
   * see no entry twice. \`more\`: feeds the old blog published per tag or
   * category, kept at their addresses.
   */
  feeds: ${feedsLiteral(config.feeds)},
  /** Posts per page of the home page and of each keyword's page; the others are at page/2/, page/3/… */
  pageSize: ${String(config.pageSize)},
  /** Old addresses with no page of their own (archives, tag pages, /page/2/), each sent to the page given. */
  redirects: ${redirectsLiteral(config.redirects)},
};

export default siteConfig;
`;
}
