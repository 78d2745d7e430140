/**
 * Per-render cost of one post, as a build of many such posts pays it:
 * renders the body repeatedly after a warm-up and prints the median (and
 * the spread, because the machine is shared and single runs are noisy).
 * CPU time is printed beside wall time: on a busy machine it leaves out
 * the time other processes held the core.
 *
 *   npx tsx scripts/bench-render.ts [file] [--runs N] [--warmup N]
 *
 * The file defaults to the seed post; options are those the build passes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../lib/content/front-matter';
import { parseFrontMatter } from '../lib/content/schema';
import { uiStrings } from '../lib/i18n';
import { renderMarkdown, type RenderOptions } from '../lib/markdown/render-markdown';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

function positional(): string | undefined {
  const args = process.argv.slice(2);
  return args.find((arg, index) => !arg.startsWith('--') && !(args[index - 1] ?? '').startsWith('--'));
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;

function main(): void {
  const file = path.resolve(positional() ?? 'content/2019-11-30-flink-forward-asia.md');
  const runs = option('--runs', 300);
  const warmup = option('--warmup', 100);
  const split = splitFrontMatter(readFileSync(file, 'utf8'), path.basename(file));
  const meta = parseFrontMatter(split.data);
  const title = meta.success ? meta.data.title : undefined;
  const options: RenderOptions = {
    title,
    labels: uiStrings('en'),
    templates: { siteUrl: 'https://notes.example.org', basePath: '', siteTitle: 'confnotes', resolvePost: () => undefined, liquid: split.language !== 'toml' },
    resolveWikilink: () => undefined,
    resolveLink: () => undefined,
    inspectImage: () => undefined,
  };

  for (let index = 0; index < warmup; index += 1) renderMarkdown(split.body, options);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    renderMarkdown(split.body, options);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1e3);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const kilobytes = Buffer.byteLength(split.body) / 1024;
  console.log(
    `${path.relative(process.cwd(), file)} (${kilobytes.toFixed(1)} KB): median ${percentile(times, 0.5).toFixed(2)} ms ` +
      `(p10 ${percentile(times, 0.1).toFixed(2)}, p90 ${percentile(times, 0.9).toFixed(2)}), CPU median ${percentile(cpuTimes, 0.5).toFixed(2)} ms, ` +
      `over ${runs} renders after ${warmup} warm-up`,
  );
}

main();
