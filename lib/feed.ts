import { Feed } from 'feed';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Post } from './content';
import type { SiteConfig } from './site-config-schema';
import { jekyllPostId } from './post-ids';
import { isRemoteUrl } from './urls';

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Feed readers want what is new, not the archive: a feed of every post grows with the blog (18 MB at 1,000 posts). */
export const FEED_ENTRIES = 20;

/** Undated posts are dated at the epoch: Atom requires an `updated` on every entry. */
const EPOCH = new Date('1970-01-01T00:00:00Z');

/**
 * Feed readers show entries away from the site: every link and image gets
 * an absolute address, resolved against the post's own (root-relative ones
 * already carry the base path).
 */
export function withAbsoluteUrls(html: string, pageUrl: string): string {
  const tree = fragmentParser.parse(html);
  visit(tree, 'element', (node, index, parent) => {
    // A feed reader has no KaTeX stylesheet: a formula goes as its MathML alone, which readers draw or read out.
    if (parent && index !== undefined && Array.isArray(node.properties.className) && node.properties.className.includes('katex-html')) {
      parent.children.splice(index, 1);
      return index;
    }
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string' && value !== '' && !isRemoteUrl(value)) node.properties[name] = new URL(value, pageUrl).href;
    }
    return undefined;
  });
  return toHtml(tree);
}

export interface FeedFile {
  /** Site path of the file, without base path ('/atom.xml'). */
  path: string;
  xml: string;
}

/** A feed's entries: its posts, newest first, at most FEED_ENTRIES. */
function feedEntries(posts: readonly Post[], filter: { tags?: readonly string[] | undefined; categories?: readonly string[] | undefined } = {}): Post[] {
  const wanted = (values: readonly string[] | undefined) => (values === undefined ? undefined : new Set(values.map((value) => value.toLowerCase())));
  const tags = wanted(filter.tags);
  const categories = wanted(filter.categories);
  const selected =
    tags === undefined && categories === undefined
      ? posts
      : posts.filter((post) => post.tags.some((tag) => tags?.has(tag.toLowerCase())) || post.keywords.some((keyword) => tags?.has(keyword.toLowerCase())) || post.categories.some((category) => categories?.has(category.toLowerCase())));
  return selected.slice(0, FEED_ENTRIES);
}

/**
 * The site's feeds, built with the `feed` library: Atom at each configured
 * path, RSS 2.0 at each RSS path, and the old blog's feeds per tag or
 * category (`feeds.more`), each listing the newest posts given (the caller
 * leaves out `index: false` posts, as the old blog did) with the full
 * rendered body, links and images made absolute. Entry ids follow
 * `feeds.entryIds`, so that a moved blog's subscribers see no entry twice.
 */
export function buildFeeds(posts: readonly Post[], site: Pick<SiteConfig, 'title' | 'description' | 'author' | 'defaultLanguage' | 'feeds'>, absoluteUrl: (path: string) => string): FeedFile[] {
  const atomPath = site.feeds.atom[0];
  const rssPath = site.feeds.rss[0];
  const entryId = (post: Post) => absoluteUrl(site.feeds.entryIds === 'jekyll-post-id' ? jekyllPostId(post) : post.urlPath);
  const feedFor = (entries: readonly Post[], self: { atom?: string | undefined; rss?: string | undefined }, title = site.title) => {
    const newest = entries.find((post) => post.date)?.date;
    const feed = new Feed({
      id: absoluteUrl('/'),
      link: absoluteUrl('/'),
      title,
      description: site.description,
      language: site.defaultLanguage,
      updated: newest ? new Date(newest.dateTime) : EPOCH,
      generator: 'confnotes',
      copyright: `© ${site.author}`,
      author: { name: site.author },
      feedLinks: {
        ...(self.atom !== undefined ? { atom: absoluteUrl(self.atom) } : {}),
        ...(self.rss !== undefined ? { rss: absoluteUrl(self.rss) } : {}),
      },
    });
    for (const post of entries) {
      const url = absoluteUrl(post.urlPath);
      const date = post.date ? new Date(post.date.dateTime) : EPOCH;
      feed.addItem({
        title: post.title,
        id: entryId(post),
        link: url,
        date,
        ...(post.date ? { published: date } : {}),
        ...(post.description ? { description: post.description } : {}),
        content: withAbsoluteUrls(post.html, url),
        category: post.keywords.map((keyword) => ({ name: keyword, term: keyword })),
        author: [{ name: site.author }],
      });
    }
    return feed;
  };
  const all = feedEntries(posts);
  return [
    ...site.feeds.atom.map((path) => ({ path, xml: feedFor(all, { atom: path, rss: rssPath }).atom1() })),
    ...site.feeds.rss.map((path) => ({ path, xml: feedFor(all, { atom: atomPath, rss: path }).rss2() })),
    ...site.feeds.more.map((more) => {
      const feed = feedFor(feedEntries(posts, more), more.format === 'atom' ? { atom: more.path } : { rss: more.path }, more.title ?? site.title);
      return { path: more.path, xml: more.format === 'atom' ? feed.atom1() : feed.rss2() };
    }),
  ];
}
