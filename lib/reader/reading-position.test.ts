import { describe, expect, it } from 'vitest';
import { currentTargetIndex, READING_LINE } from './reading-position';

describe('currentTargetIndex', () => {
  it.each([
    ['above the first target', [100, 900, 1800], 800, false, -1],
    ['a target exactly on the reading line', [READING_LINE, 900], 800, false, 0],
    ['a deep link landing just below the line keeps the previous one', [-400, READING_LINE + 1], 800, false, 0],
    ['the last target passed', [-2000, -900, 10, 600], 800, false, 2],
    ['at the bottom, the last target on screen wins', [-2000, -900, 10, 600], 800, true, 3],
    ['at the bottom, a target below the viewport does not', [-2000, 300, 900], 800, true, 1],
    ['no targets', [], 800, false, -1],
  ])('%s', (_case, tops, viewportHeight, atBottom, expected) => {
    expect(currentTargetIndex(tops, viewportHeight, atBottom)).toEqual(expected);
  });
});
