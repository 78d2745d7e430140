/*
 * Lists split into pages, as Jekyll's, Hugo's and Hexo's blogs were: the
 * first page at the list's own address, the others at `page/N/` below it
 * (`/page/2/`, `/keywords/go/page/2/`), so that no page grows with the blog.
 */

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/** The items of page `number` (1-based) of `items` cut into pages of `size`; undefined past the last page. */
export function listPage<T>(items: readonly T[], size: number, number: number): ListPage<T> | undefined {
  const count = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return { number, count, items: items.slice((number - 1) * size, number * size) };
}

/** How many pages `total` items make. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The address of page `number` of the list at `base` ('/', '/keywords/go/'). */
export function listPagePath(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

/** The page numbers past the first, as route params. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/**
 * Items cut into pages in order, each page taking items while their weights
 * stay within `budget` (an item heavier than the budget has a page of its
 * own): for lists whose entries differ much in size, where a count of items
 * would not keep a page small.
 */
export function pagesByWeight<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const itemWeight = weight(item);
    if (current.length > 0 && used + itemWeight > budget) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += itemWeight;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}
