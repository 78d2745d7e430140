import type { Element } from 'hast';
import type { List, ListItem, Parents } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';

/*
 * mdast-util-to-hast's listItem handler works out whether the whole list is
 * loose for every item, looking at every sibling: a tight list of 20,000
 * items cost 200 million looks. This one asks once per list and hands the
 * default handler a stand-in list that answers at once.
 */

const looseLists = new WeakMap<List, boolean>();

/** mdast-util-to-hast's listItemLoose: an item's spread, or, when unknown, whether it has more than one child. */
function itemLoose(item: ListItem): boolean {
  return item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread;
}

function listLoose(list: List): boolean {
  let loose = looseLists.get(list);
  if (loose === undefined) {
    loose = Boolean(list.spread) || list.children.some(itemLoose);
    looseLists.set(list, loose);
  }
  return loose;
}

export function listItem(state: State, node: ListItem, parent: Parents | undefined): Element {
  if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent);
  const standIn: List = { type: 'list', spread: listLoose(parent), children: [] };
  return defaultHandlers.listItem(state, node, standIn);
}
