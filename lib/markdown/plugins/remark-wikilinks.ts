import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

export interface WikilinksOptions {
  /** The address of the post whose file is named `name` (without extension), or undefined. */
  resolve: (name: string) => string | undefined;
}

const WIKILINK = /\[\[([^[\]|#]+)(?:#([^[\]|]+))?(?:\|([^[\]]+))?\]\]/g;

/**
 * Obsidian's `[[file]]`, `[[file|text]]` and `[[file#heading]]`: a link when
 * a post with that file name exists, its text otherwise.
 */
export default function remarkWikilinks(options: WikilinksOptions) {
  return function transform(tree: Root) {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return undefined;
      if (!node.value.includes('[[')) return undefined;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(WIKILINK)) {
        const [whole, rawName = '', heading, label] = match;
        const start = match.index;
        if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
        const name = rawName.trim();
        const text = (label ?? (heading ? `${name} › ${heading}` : name)).trim();
        const address = options.resolve(name);
        if (address === undefined) {
          parts.push({ type: 'text', value: text });
        } else {
          const link: Link = { type: 'link', url: heading ? `${address}#${heading.trim()}` : address, children: [{ type: 'text', value: text }] };
          parts.push(link);
        }
        last = start + whole.length;
      }
      if (parts.length === 0) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
