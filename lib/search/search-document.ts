import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { SearchRecord } from './records';

/** A record's text without its title in front: the heading says it already. */
function bodyOf(record: SearchRecord, title: string): string {
  return record.content.startsWith(title) ? record.content.slice(title.length).trim() : record.content;
}

/**
 * One post as Pagefind indexes it: a page titled with the post (its first
 * h1), whose every other record is a heading with the record's anchor as id.
 * Pagefind makes a sub-result of each such heading, found at its anchor, so a
 * result still leads to the talk or section; and it writes one file per post
 * rather than one per record (20,000 small files at a thousand posts, which
 * cost the build more time in the file system than indexing did).
 */
export function searchDocument(post: { title: string }, records: readonly SearchRecord[], language: string): string {
  const children: Element[] = [h('h1', post.title)];
  for (const record of records) {
    const hash = record.url.indexOf('#');
    if (hash === -1) {
      const opening = bodyOf(record, post.title);
      if (opening !== '') children.push(h('p', opening));
      continue;
    }
    children.push(h('h2', { id: record.url.slice(hash + 1) }, record.title));
    const body = bodyOf(record, record.title);
    if (body !== '') children.push(h('p', body));
  }
  return `<!doctype html>${toHtml(h('html', { lang: language }, h('head', h('title', post.title)), h('body', children)))}`;
}
