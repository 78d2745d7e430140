import { describe, expect, it } from 'vitest';
import { bundlesOf } from './search-index';

describe('bundlesOf', () => {
  it.each([
    ['none', 0, []],
    ['fewer than a bundle holds: one, at the language', 3, [{ path: 'zh/', records: [0, 1, 2] }]],
    ['exactly one bundle', 4, [{ path: 'zh/', records: [0, 1, 2, 3] }]],
    ['more: numbered from 2', 9, [{ path: 'zh/', records: [0, 1, 2, 3] }, { path: 'zh-2/', records: [4, 5, 6, 7] }, { path: 'zh-3/', records: [8] }]],
  ])('%s', (_name, count, expected) => {
    const records = Array.from({ length: count }, (_, index) => index);
    expect(bundlesOf('zh', records, 4)).toEqual(expected.map((bundle) => ({ language: 'zh', ...bundle })));
  });
});
