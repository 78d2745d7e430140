/*
 * What `npm run import` knows of an old site before it writes anything:
 * each generator module (jekyll.ts, hugo.ts, hexo.ts) reads the site's
 * folder into an ImportPlan; the rest of lib/import is the same for all.
 */

export type GeneratorName = 'jekyll' | 'hugo' | 'hexo';

/** A feed of the old site at its address, and what it listed. */
export interface OldFeed {
  /** Site path, without base path ('/feed.xml'). */
  path: string;
  format: 'atom' | 'rss';
  /** Only the posts with one of these tags or categories (a tag's feed); every post when both are absent. */
  tags?: string[] | undefined;
  categories?: string[] | undefined;
  title?: string | undefined;
}

/** site.config.ts values read from the old site's configuration; absent ones keep confnotes's defaults. */
export interface ImportedSettings {
  title?: string | undefined;
  description?: string | undefined;
  author?: string | undefined;
  baseUrl?: string | undefined;
  basePath?: string | undefined;
  defaultLanguage?: string | undefined;
  timeZone?: string | undefined;
  permalink?: string | undefined;
  disqusShortname?: string | undefined;
  disqusIdentifier?: 'address' | 'url' | 'jekyll-post-id' | 'none' | undefined;
  /** Whether the old theme showed the thread under every post that did not turn it off. */
  commentsByDefault?: boolean | undefined;
  feedEntryIds?: 'address' | 'jekyll-post-id' | undefined;
  /** Posts per page of the old site's home page (Jekyll's paginate, Hugo's paginate, Hexo's per_page). */
  pageSize?: number | undefined;
  feeds: OldFeed[];
}

/** A post or page of the old site, as it will be written under content/. */
export interface ContentEntry {
  /** Path in the old site's folder ('_posts/2019-11-30-x.md'). */
  file: string;
  /** Path under content/ ('2019-11-30-x.md', 'posts/x/index.md', '_pages/about.md'). */
  target: string;
  kind: 'post' | 'page';
  /** The file's text as it will be written (front matter keys pinned later). */
  text: string;
  /** Where the old site published it (site path, without base path), as its generator's rules say. */
  oldAddress: string | undefined;
  /** The title its front matter gives, if any (the old site and confnotes may name an untitled post differently). */
  title: string | undefined;
  draft: boolean;
  /** The post's own folder of files (a page bundle, a Hexo asset folder), copied along: path in the old site → path under content/. */
  folder?: { file: string; target: string } | undefined;
  /** Front matter keys to set so that the post keeps what the old site had (a Hexo post's date, an identifier). */
  pins: Record<string, string | boolean>;
}

/** A file the old generator copied as it is. */
export interface StaticFile {
  /** Path in the old site's folder. */
  file: string;
  /** Site path it was published at (without base path). */
  address: string;
  /** Why it is there: the author's file, or one of the old theme's. */
  origin: 'site' | 'theme';
}

/** Something of the old site that confnotes does not carry over as it was, with where it is. */
export interface ImportNote {
  file: string;
  line?: number | undefined;
  message: string;
}

/** What an old address was, as far as the plan can tell without building the old site. */
export type AddressKind = 'post' | 'page' | 'static' | 'feed' | 'listing' | 'sitemap' | 'robots' | 'not-found' | 'generated' | 'redirect' | 'home';

export interface PlannedAddress {
  /** Site path without base path; folders end in '/'. */
  address: string;
  kind: AddressKind;
  /** The file it came from, when there is one. */
  file?: string | undefined;
}

export interface ImportPlan {
  generator: GeneratorName;
  /** Absolute path of the old site's folder. */
  root: string;
  settings: ImportedSettings;
  entries: ContentEntry[];
  statics: StaticFile[];
  /** Old addresses the generator's rules give beyond posts, pages and files: listings, feeds, sitemap. */
  generated: PlannedAddress[];
  /** Old files the site published from templates (feeds, stylesheets, search data): only a build of the old site can carry them over byte for byte. */
  templated: Array<{ file: string; address: string }>;
  notes: ImportNote[];
}
