import { describe, expect, it } from 'vitest';
import { collapseRepeated } from './render-post';

describe('collapseRepeated', () => {
  it('reports a message ten times, then once with how many more times it recurs', () => {
    const findings = Array.from({ length: 25 }, (_, index) => ({ severity: 'warning' as const, line: index + 1, message: 'unclosed' }));
    const other = { severity: 'error' as const, line: 3, message: 'other' };
    expect(collapseRepeated([...findings, other]).map((finding) => `${finding.line} ${finding.severity}: ${finding.message}`)).toEqual([
      '1 warning: unclosed',
      '2 warning: unclosed',
      '3 warning: unclosed',
      '3 error: other',
      ...[4, 5, 6, 7, 8, 9, 10].map((line) => `${line} warning: unclosed`),
      '11 warning: unclosed (and 15 more times further on)',
    ]);
  });

  it('leaves a post with few findings as it is', () => {
    const findings = [{ severity: 'warning' as const, line: 2, message: 'a' }, { severity: 'warning' as const, line: 1, message: 'b' }];
    expect(collapseRepeated(findings)).toEqual([findings[1], findings[0]]);
  });
});
