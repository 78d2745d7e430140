import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { SearchRecord } from './records';

const element = (tagName: string, properties: Element['properties'], text: string): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

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
export function searchDocument(post: { title: string; urlPath: string }, records: readonly SearchRecord[], language: string): string {
  const children: ElementContent[] = [element('h1', {}, post.title)];
  for (const record of records) {
    const hash = record.url.indexOf('#');
    if (hash === -1) {
      const opening = bodyOf(record, post.title);
      if (opening !== '') children.push(element('p', {}, opening));
      continue;
    }
    children.push(element('h2', { id: record.url.slice(hash + 1) }, record.title));
    const body = bodyOf(record, record.title);
    if (body !== '') children.push(element('p', {}, body));
  }
  return `<!doctype html>${toHtml({
    type: 'element',
    tagName: 'html',
    properties: { lang: language },
    children: [
      { type: 'element', tagName: 'head', properties: {}, children: [element('title', {}, post.title)] },
      { type: 'element', tagName: 'body', properties: {}, children },
    ],
  })}`;
}
