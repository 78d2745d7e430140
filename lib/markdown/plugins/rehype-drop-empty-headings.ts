import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { addFinding } from './findings';

/** Elements that show something without text. */
const EMBEDDED = new Set(['img', 'svg', 'picture', 'video', 'audio', 'iframe', 'math']);

function showsSomething(node: Element): boolean {
  if (toString(node).trim() !== '') return true;
  return node.children.some((child) => child.type === 'element' && (EMBEDDED.has(child.tagName) || showsSomething(child)));
}

/**
 * A heading with nothing to show (`## {% custom_tag %}` once the unknown
 * tag is removed, `<h2></h2>`, `## <span></span>`) would be an empty
 * heading with an empty id, and an entry with no name in the session list.
 * It is removed, with a warning at its line.
 */
export default function rehypeDropEmptyHeadings() {
  return function transform(tree: Root, file: VFile) {
    const prune = (parent: Root | Element): void => {
      parent.children = parent.children.filter((child: RootContent | ElementContent) => {
        if (child.type !== 'element') return true;
        if (headingRank(child) !== undefined && !showsSomething(child)) {
          addFinding(file, child, 'warning', `an empty heading was removed (h${headingRank(child)}: nothing left to show, such as a template tag that was removed)`);
          return false;
        }
        prune(child);
        return true;
      });
    };
    prune(tree);
  };
}
