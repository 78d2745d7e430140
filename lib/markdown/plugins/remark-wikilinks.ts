import type { Link, Parents, PhrasingContent, Root, Text } from 'mdast';

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
    visitTexts(tree, (node, index, parent) => {
      if (parent.type === 'link' || parent.type === 'linkReference') return undefined;
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
      return index + parts.length;
    });
  };
}

/**
 * Text nodes under `parent`, in document order; the visitor returns the
 * index to go on at after replacing a node. (unist-util-visit does the same
 * with a closure per node and cost more than the replacing.)
 */
function visitTexts(parent: Parents, visitor: (node: Text, index: number, parent: Parents) => number | undefined): void {
  let index = 0;
  while (index < parent.children.length) {
    const node = parent.children[index];
    let next = index + 1;
    if (node?.type === 'text') next = visitor(node, index, parent) ?? next;
    else if (node && 'children' in node) visitTexts(node, visitor);
    index = next;
  }
}
