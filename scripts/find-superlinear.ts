/**
 * Renders many input shapes (scripts/superlinear-shapes.ts) at growing sizes
 * through the build's own loader, each in a child process that is killed
 * when it runs too long, and prints how the time grows: the exponent k in
 * time ∝ size^k between the two largest sizes measured (1 is linear, 2
 * quadratic). The goal: every shape renders in 2 s at the largest size, or
 * is refused with an error naming the file and line.
 *
 *   npx tsx scripts/find-superlinear.ts [--only substring] [--max-bytes N] [--budget ms]
 *
 * A shape stops growing once one render takes longer than the budget
 * (10 s by default); its time at the largest size is then extrapolated.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPosts } from '../lib/content/load-posts';
import { formatProblem } from '../lib/content/problems';
import { SHAPES } from './superlinear-shapes';

/** Under the 4 MiB limit of lib/content/load-posts.ts, front matter included. */
const LARGEST = 4_100_000;
const GOAL_MS = 2000;

interface Measurement {
  bytes: number;
  ms: number | undefined;
  /** The error the loader reported instead of a post. */
  refused?: string | undefined;
  /** Killed at the timeout, or crashed. */
  failed?: string | undefined;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Child: one shape at one size, through loadPosts as `npm run check` does; prints a Measurement as JSON. */
async function measureOne(shapeIndex: number, bytes: number): Promise<void> {
  const shape = SHAPES[shapeIndex];
  if (!shape) throw new Error(`no shape ${shapeIndex}`);
  const directory = mkdtempSync(path.join(tmpdir(), 'confnotes-superlinear-'));
  try {
    writeFileSync(path.join(directory, 'shape.md'), `---\ntitle: Shape\n---\n\n${shape.make(bytes)}\n`);
    const start = process.hrtime.bigint();
    const { posts, problems } = await loadPosts({
      contentDir: directory,
      projectRoot: directory,
      publicDir: path.join(directory, 'public'),
      includeDrafts: false,
      uiLanguage: 'en',
      site: { url: 'https://notes.example.org', basePath: '', title: 'confnotes' },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // Refused: no post came out (other errors, such as a post_url to a missing post, still render it).
    const error = problems.find((problem) => problem.severity === 'error');
    const result: Measurement = { bytes, ms, refused: posts.length === 0 && error ? formatProblem(error) : undefined };
    process.stdout.write(JSON.stringify(result));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function isMeasurement(value: unknown): value is Measurement {
  return typeof value === 'object' && value !== null && 'bytes' in value && 'ms' in value;
}

function spawnOne(shapeIndex: number, bytes: number, timeoutMs: number): Measurement {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', String(shapeIndex), String(bytes)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) {
    const reason = child.signal === 'SIGTERM' ? `killed after ${timeoutMs / 1000} s` : (child.stderr.trim().split('\n').pop() ?? `exit ${child.status}`);
    return { bytes, ms: undefined, failed: reason };
  }
  const parsed: unknown = JSON.parse(child.stdout);
  if (!isMeasurement(parsed)) throw new Error(`unexpected child output: ${child.stdout}`);
  return parsed;
}

/** k in time ∝ size^k, from the two largest sizes that took long enough to time reliably. */
function exponent(measurements: Measurement[]): number | undefined {
  const timed = measurements.filter((measurement) => measurement.ms !== undefined && measurement.ms >= 20);
  const [a, b] = timed.slice(-2);
  if (!a?.ms || !b?.ms) return undefined;
  return Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes);
}

const formatBytes = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)}M` : `${Math.round(bytes / 1e3)}K`);

function formatCell(measurement: Measurement): string {
  if (measurement.failed !== undefined) return 'FAIL';
  const ms = measurement.ms ?? 0;
  const time = ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
  return measurement.refused !== undefined ? `${time}!` : time;
}

function main(): void {
  const only = argument('--only');
  const largest = Number(argument('--max-bytes') ?? LARGEST);
  const budget = Number(argument('--budget') ?? 10_000);
  const sizes: number[] = [];
  for (let bytes = 25_000; bytes < largest; bytes *= 2) sizes.push(bytes);
  sizes.push(largest);

  console.log(`| shape | ${sizes.map(formatBytes).join(' | ')} | k | at ${formatBytes(largest)} |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|---:|---|`);
  const refusals: string[] = [];
  SHAPES.forEach((shape, index) => {
    if (only !== undefined && !shape.name.includes(only)) return;
    const measurements: Measurement[] = [];
    for (const bytes of sizes) {
      const measurement = spawnOne(index, bytes, budget * 10);
      measurements.push(measurement);
      if (measurement.refused !== undefined) refusals.push(`${shape.name} at ${formatBytes(bytes)}: ${measurement.refused}`);
      if (measurement.failed !== undefined || (measurement.ms ?? 0) > budget) break;
    }
    const k = exponent(measurements);
    const last = measurements[measurements.length - 1];
    let verdict: string;
    if (last?.failed !== undefined) verdict = `FAIL at ${formatBytes(last.bytes)}: ${last.failed}`;
    else if (last?.bytes === largest && last.ms !== undefined) verdict = last.ms <= GOAL_MS ? (last.refused !== undefined ? 'refused' : 'ok') : 'SLOW';
    else {
      const predicted = last?.ms !== undefined && k !== undefined ? last.ms * (largest / last.bytes) ** k : undefined;
      verdict = `SLOW (≈${predicted !== undefined ? `${Math.round(predicted / 1000)} s` : '?'} predicted)`;
    }
    const cells = sizes.map((bytes) => {
      const measurement = measurements.find((candidate) => candidate.bytes === bytes);
      return measurement ? formatCell(measurement) : '–';
    });
    console.log(`| ${shape.name} | ${cells.join(' | ')} | ${k?.toFixed(2) ?? '–'} | ${verdict} |`);
  });
  if (refusals.length > 0) console.log(`\n"!" marks a refusal:\n${refusals.map((line) => `- ${line}`).join('\n')}`);
}

if (process.argv.includes('--child')) {
  const at = process.argv.indexOf('--child');
  measureOne(Number(process.argv[at + 1]), Number(process.argv[at + 2])).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
} else {
  main();
}
