import { Feed } from 'feed';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Post } from './content';
import type { SiteConfig } from './site-config-schema';
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
  visit(tree, 'element', (node) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string' && value !== '' && !isRemoteUrl(value)) node.properties[name] = new URL(value, pageUrl).href;
    }
  });
  return toHtml(tree);
}

export interface FeedFile {
  /** Site path of the file, without base path ('/atom.xml'). */
  path: string;
  xml: string;
}

/**
 * The site's feeds, built with the `feed` library: Atom at each configured
 * path, RSS 2.0 if configured, each listing the newest posts given (the
 * caller leaves out `index: false` posts, as the old blog did) with the
 * full rendered body, links and images made absolute.
 */
export function buildFeeds(posts: readonly Post[], site: Pick<SiteConfig, 'title' | 'description' | 'author' | 'defaultLanguage' | 'feeds'>, absoluteUrl: (path: string) => string): FeedFile[] {
  const entries = posts.slice(0, FEED_ENTRIES);
  const newest = entries.find((post) => post.date)?.date;
  const atomPath = site.feeds.atom[0];
  const feedFor = (selfAtom: string | undefined) => {
    const feed = new Feed({
      id: absoluteUrl('/'),
      link: absoluteUrl('/'),
      title: site.title,
      description: site.description,
      language: site.defaultLanguage,
      updated: newest ? new Date(newest.dateTime) : EPOCH,
      generator: 'confnotes',
      copyright: `© ${site.author}`,
      author: { name: site.author },
      feedLinks: {
        ...(selfAtom !== undefined ? { atom: absoluteUrl(selfAtom) } : {}),
        ...(site.feeds.rss !== '' ? { rss: absoluteUrl(site.feeds.rss) } : {}),
      },
    });
    for (const post of entries) {
      const url = absoluteUrl(post.urlPath);
      const date = post.date ? new Date(post.date.dateTime) : EPOCH;
      feed.addItem({
        title: post.title,
        id: url,
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
  return [
    ...site.feeds.atom.map((path) => ({ path, xml: feedFor(path).atom1() })),
    ...(site.feeds.rss !== '' ? [{ path: site.feeds.rss, xml: feedFor(atomPath).rss2() }] : []),
  ];
}
