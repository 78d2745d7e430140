import type { Element, ElementData } from 'hast';

/**
 * Sets our own fields on a node's data. hast-util-from-parse5 (loaded by the
 * types of rehype-parse) declares `ElementData.position` required, though
 * only its verbose parse sets it; nodes we build start with an empty one.
 */
export function setElementData(node: Element, fields: Pick<ElementData, 'anchorTarget' | 'explicitId'>): void {
  node.data = { position: {}, ...node.data, ...fields };
}
