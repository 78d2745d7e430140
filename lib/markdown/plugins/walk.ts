import type { Element, Root } from 'hast';

/** Returned by a visitor: do not look inside this element. */
export const SKIP = 'skip';

/**
 * What a visitor returns: nothing to go on with the next sibling, SKIP, or
 * the index in `parent.children` to continue at (after removing or
 * inserting siblings).
 */
export type ElementVisitor = (node: Element, index: number, parent: Root | Element) => void | typeof SKIP | number;

/**
 * Every element under `parent`, in document order, with the semantics of
 * unist-util-visit(tree, 'element', visitor). unist-util-visit builds a
 * closure per node and renames it (Object.defineProperty) for its stack
 * traces; with a dozen walks per post that was a quarter of the render
 * time. Children are read after the visitor returns, so a visitor may
 * replace them.
 */
export function visitElements(parent: Root | Element, visitor: ElementVisitor): void {
  let index = 0;
  while (index >= 0 && index < parent.children.length) {
    const node = parent.children[index];
    let next = index + 1;
    if (node?.type === 'element') {
      const result = visitor(node, index, parent);
      if (result !== SKIP) visitElements(node, visitor);
      if (typeof result === 'number') next = result;
    }
    index = next;
  }
}
