import { describe, expect, it } from 'vitest';
import { EMPTY_ROUTE_SEGMENT, isPlaceholderOutput, withPlaceholderIfEmpty } from './empty-routes';

describe('withPlaceholderIfEmpty', () => {
  it.each([
    ['none: the placeholder', [], [{ keyword: EMPTY_ROUTE_SEGMENT }]],
    ['some: as they are', [{ keyword: 'flink' }], [{ keyword: 'flink' }]],
  ])('%s', (_name, params, expected) => {
    expect(withPlaceholderIfEmpty(params, { keyword: EMPTY_ROUTE_SEGMENT })).toEqual(expected);
  });
});

describe('isPlaceholderOutput', () => {
  it.each([
    [`${EMPTY_ROUTE_SEGMENT}.html`, true],
    [`og/${EMPTY_ROUTE_SEGMENT}.png`, true],
    [`keywords/${EMPTY_ROUTE_SEGMENT}.html`, true],
    [`keywords/${EMPTY_ROUTE_SEGMENT}/index.html`, true],
    ['2019/11/30/flink-forward-asia.html', false],
    [`notes/${EMPTY_ROUTE_SEGMENT}-like-a-post.html`, false],
  ])('%s: %s', (relativePath, expected) => {
    expect(isPlaceholderOutput(relativePath)).toEqual(expected);
  });
});
