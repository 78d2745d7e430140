import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Post } from './content';
import type { SiteConfig } from './site-config-schema';
import { isRemoteUrl } from './urls';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character] ?? character);

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Undated posts are dated at the epoch: Atom requires an `updated` on every entry. */
const EPOCH = '1970-01-01T00:00:00Z';

/**
 * Feed readers show entries away from the site: every link and image gets
 * an absolute address, resolved against the post's own (root-relative ones
 * already carry the base path).
 */
function withAbsoluteUrls(html: string, pageUrl: string): string {
  const tree = fragmentParser.parse(html);
  visit(tree, 'element', (node) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string' && value !== '' && !isRemoteUrl(value)) node.properties[name] = new URL(value, pageUrl).href;
    }
  });
  return toHtml(tree);
}

/** Feed readers want what is new, not the archive: a feed of every post grows with the blog (18 MB at 1,000 posts). */
export const FEED_ENTRIES = 20;

/**
 * An Atom feed of the newest posts given (the caller leaves out `index:
 * false` posts, as the old blog did). Entries carry the full sanitised body.
 */
export function buildAtomFeed(posts: readonly Post[], site: SiteConfig, absoluteUrl: (path: string) => string): string {
  const updated = posts.find((post) => post.date)?.date?.dateTime ?? EPOCH;
  const entries = posts.slice(0, FEED_ENTRIES).map((post) => {
    const url = absoluteUrl(post.urlPath);
    return [
      '  <entry>',
      `    <title>${escapeXml(post.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <updated>${post.date?.dateTime ?? EPOCH}</updated>`,
      post.date ? `    <published>${post.date.dateTime}</published>` : undefined,
      post.description ? `    <summary>${escapeXml(post.description)}</summary>` : undefined,
      ...post.keywords.map((keyword) => `    <category term="${escapeXml(keyword)}"/>`),
      `    <content type="html"${post.lang ? ` xml:lang="${escapeXml(post.lang)}"` : ''}>${escapeXml(withAbsoluteUrls(post.html, url))}</content>`,
      '  </entry>',
    ]
      .filter((line) => line !== undefined)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.defaultLanguage)}">`,
    `  <title>${escapeXml(site.title)}</title>`,
    site.description ? `  <subtitle>${escapeXml(site.description)}</subtitle>` : undefined,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl('/'))}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl('/feed.xml'))}"/>`,
    `  <id>${escapeXml(absoluteUrl('/'))}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(site.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}
