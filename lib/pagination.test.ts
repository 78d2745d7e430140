import { describe, expect, it } from 'vitest';
import { laterPages, listPage, listPagePath, pageCount, pagesByWeight } from './pagination';

describe('pagination', () => {
  it.each([
    [0, 1, { number: 1, count: 1, items: [] }],
    [5, 1, { number: 1, count: 3, items: [1, 2] }],
    [5, 3, { number: 3, count: 3, items: [5] }],
    [5, 4, undefined],
    [5, 0, undefined],
  ])('%i items, page %i', (total, number, expected) => {
    expect(listPage(Array.from({ length: total }, (_, index) => index + 1), 2, number)).toEqual(expected);
  });

  it('puts the first page at the list’s address and the others below it', () => {
    expect([listPagePath('/', 1), listPagePath('/', 2), listPagePath('/keywords/go/', 3)]).toEqual(['/', '/page/2/', '/keywords/go/page/3/']);
    expect([pageCount(0, 20), pageCount(41, 20), laterPages(41, 20)]).toEqual([1, 3, [2, 3]]);
  });

  it.each([
    ['fills each page up to the budget', [3, 3, 3, 1], [[3, 3], [3, 1]]],
    ['gives an item heavier than the budget a page of its own', [2, 9, 2], [[2], [9], [2]]],
    ['makes no page of nothing', [], []],
  ])('pagesByWeight %s', (_, weights, expected) => {
    expect(pagesByWeight(weights, (weight) => weight, 6)).toEqual(expected);
  });
});
