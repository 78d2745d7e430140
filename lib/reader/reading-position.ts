/*
 * The part being read is the last target whose top is above the reading
 * line (px from the top of the viewport): a deep link lands its target just
 * below the line, never the talk after it. At the very end of the page the
 * line drops to the bottom of the viewport, since short final sections never
 * reach the top.
 */
export const READING_LINE = 32;

/** Index of the target being read, given the targets' tops in document order; -1 above the first. */
export function currentTargetIndex(tops: readonly number[], viewportHeight: number, atBottom: boolean): number {
  const line = atBottom ? viewportHeight : READING_LINE;
  let current = -1;
  for (const [index, top] of tops.entries()) {
    if (top > line) break;
    current = index;
  }
  return current;
}
