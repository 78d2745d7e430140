import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import type { OutlineEntry, OutlineSession } from '../../outline/types';
import { visitElements } from './walk';

export interface TocOptions {
  /** Accessible name of the inserted table of contents. */
  label: string;
}

const link = (id: string, text: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href: `#${id}` },
  children: [{ type: 'text', value: text }],
});

const list = (items: ElementContent[]): Element => ({ type: 'element', tagName: 'ol', properties: {}, children: items });
const item = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'li', properties: {}, children });

function sessionItem(session: OutlineSession): Element {
  const talks = session.talks.map((talk) => item([link(talk.id, talk.title)]));
  return item([link(session.id, session.label || session.title), ...(talks.length > 0 ? [list(talks)] : [])]);
}

function entryItem(entry: OutlineEntry): Element {
  if (entry.type === 'day') return item([link(entry.id, entry.label), list(entry.sessions.map(sessionItem))]);
  if (entry.type === 'session') return sessionItem(entry);
  return item([link(entry.id, entry.title)]);
}

/**
 * Where an author asked for a table of contents (kramdown's `{:toc}`,
 * Hugo's `{{< toc >}}`, both left as a marker by expandTemplates), puts the
 * post's outline: days, sessions and talks, linked. Runs after
 * rehype-conference-outline.
 */
export default function rehypeToc(options: TocOptions) {
  return function transform(tree: Root, file: VFile) {
    const outline = file.data.outline;
    visitElements(tree, (node) => {
      if (node.tagName !== 'nav' || node.properties.dataConfnotesToc === undefined) return;
      delete node.properties.dataConfnotesToc;
      node.properties.className = ['inline-toc'];
      node.properties.ariaLabel = options.label;
      node.children = outline && outline.entries.length > 0 ? [list(outline.entries.map(entryItem))] : [];
    });
  };
}
