import { z } from 'zod';

/** The part of a Lighthouse JSON report (LHR) the benchmark reads. */
const reportSchema = z.object({
  categories: z.object({
    performance: z.object({ score: z.number().nullable() }),
    accessibility: z.object({ score: z.number().nullable() }),
    'best-practices': z.object({ score: z.number().nullable() }),
    seo: z.object({ score: z.number().nullable() }),
  }),
  audits: z.object({
    'largest-contentful-paint': z.object({ numericValue: z.number() }),
    'total-blocking-time': z.object({ numericValue: z.number() }),
    'cumulative-layout-shift': z.object({ numericValue: z.number() }),
    'network-requests': z.object({
      details: z.object({ items: z.array(z.object({ resourceType: z.string().optional(), transferSize: z.number().optional() })) }),
    }),
  }),
});

export interface LighthouseSummary {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Script files the page loaded, and their bytes on the wire (gzipped where served so). */
  scriptFiles: number;
  scriptBytes: number;
}

const score = (value: number | null) => Math.round((value ?? 0) * 100);

export function summarizeReport(report: unknown): LighthouseSummary {
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`not a Lighthouse report this script understands: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { categories, audits } = parsed.data;
  const scripts = audits['network-requests'].details.items.filter((item) => item.resourceType === 'Script');
  return {
    performance: score(categories.performance.score),
    accessibility: score(categories.accessibility.score),
    bestPractices: score(categories['best-practices'].score),
    seo: score(categories.seo.score),
    lcpMs: audits['largest-contentful-paint'].numericValue,
    tbtMs: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    scriptFiles: scripts.length,
    scriptBytes: scripts.reduce((total, item) => total + (item.transferSize ?? 0), 0),
  };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median of each figure over several runs (each figure on its own, as Lighthouse's own guidance does). */
export function median(runs: readonly LighthouseSummary[]): LighthouseSummary {
  if (runs.length === 0) throw new Error('no Lighthouse runs to summarise');
  const of = (key: keyof LighthouseSummary) => medianOf(runs.map((run) => run[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    scriptFiles: of('scriptFiles'),
    scriptBytes: of('scriptBytes'),
  };
}
