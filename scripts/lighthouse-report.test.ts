import { describe, expect, it } from 'vitest';
import { median, summarizeReport, type LighthouseSummary } from './lighthouse-report';

function report(overrides: { performance?: number; lcp?: number; scripts?: number[] } = {}) {
  return {
    categories: { performance: { score: overrides.performance ?? 1 }, accessibility: { score: 1 }, 'best-practices': { score: 0.96 }, seo: { score: null } },
    audits: {
      'largest-contentful-paint': { numericValue: overrides.lcp ?? 812.4 },
      'total-blocking-time': { numericValue: 0 },
      'cumulative-layout-shift': { numericValue: 0 },
      'network-requests': {
        details: { items: [{ resourceType: 'Document', transferSize: 9000 }, ...(overrides.scripts ?? []).map((transferSize) => ({ resourceType: 'Script', transferSize }))] },
      },
    },
  };
}

describe('summarizeReport', () => {
  it('reads scores as percentages, the three metrics, and the scripts loaded', () => {
    expect(summarizeReport(report({ performance: 0.97, scripts: [1800, 300] }))).toEqual({
      performance: 97,
      accessibility: 100,
      bestPractices: 96,
      seo: 0,
      lcpMs: 812.4,
      tbtMs: 0,
      cls: 0,
      scriptFiles: 2,
      scriptBytes: 2100,
    });
  });

  it('names what is missing from something that is not a report', () => {
    expect(() => summarizeReport({ categories: {} })).toThrow(/categories\.performance: /);
  });
});

describe('median', () => {
  const summary = (performance: number, lcpMs: number): LighthouseSummary => ({ ...summarizeReport(report()), performance, lcpMs });
  it.each([
    ['three runs: the middle one, per figure', [summary(94, 900), summary(100, 700), summary(98, 1200)], { performance: 98, lcpMs: 900 }],
    ['two runs: the mean of both', [summary(96, 800), summary(100, 1000)], { performance: 98, lcpMs: 900 }],
  ])('%s', (_case, runs, expected) => {
    expect(median(runs)).toMatchObject(expected);
  });
});
