import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { safeDecode } from '../../urls';
import { addFinding } from './findings';
import { visitElements } from './walk';

export interface InternalLinksOptions {
  /**
   * A link's target on this site: the address to use instead (a link to
   * another post's .md file becomes that post's address), `undefined` when
   * the link is fine as it is, or `null` when it names a post that does not
   * exist.
   */
  resolve: (href: string) => string | null | undefined;
}

/**
 * Links between posts as authors write them in a repository (`./other.md`,
 * `../2019/2019-11-30-flink-forward-asia.md`) point at the published
 * pages; in-page `#anchors` and links to posts that do not exist are
 * reported.
 */
export default function rehypeInternalLinks(options: InternalLinksOptions) {
  return function transform(tree: Root, file: VFile) {
    const ids = new Set<string>();
    visitElements(tree, (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
    });
    visitElements(tree, (node) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || href === '') return;
      if (href.startsWith('#')) {
        const id = safeDecode(href.slice(1));
        if (id !== '' && !ids.has(id)) addFinding(file, node, 'warning', `link to "${href}": no element on this page has that id`);
        return;
      }
      const resolved = options.resolve(href);
      if (resolved === null) addFinding(file, node, 'warning', `link to "${href}": no post is published there`);
      else if (resolved !== undefined) node.properties.href = resolved;
    });
  };
}

