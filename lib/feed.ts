import { toHtml } from 'hast-util-to-html';
import type { Post } from './content';
import type { SiteConfig } from './site-config-schema';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character] ?? character);

/** Undated posts are dated at the epoch: Atom requires an `updated` on every entry. */
const EPOCH = '1970-01-01T00:00:00Z';

/**
 * An Atom feed of the posts given (the caller leaves out `index: false`
 * posts, as the old blog did). Entries carry the full sanitised body.
 */
export function buildAtomFeed(posts: readonly Post[], site: SiteConfig, absoluteUrl: (path: string) => string): string {
  const updated = posts.find((post) => post.date)?.date?.dateTime ?? EPOCH;
  const entries = posts.map((post) => {
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
      `    <content type="html"${post.lang ? ` xml:lang="${escapeXml(post.lang)}"` : ''}>${escapeXml(toHtml(post.content))}</content>`,
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
