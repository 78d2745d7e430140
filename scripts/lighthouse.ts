/**
 * Benchmark, not a test (never part of `npm test`): Lighthouse scores of
 * the built site, served with gzip on 127.0.0.1 like a real host, in the
 * local Chromium. For each page and form factor it takes the median of
 * several runs and prints the four category scores with LCP, TBT and CLS,
 * plus the script the page loaded. Exits 1 when a mobile median is below 100.
 *
 *   npm run lighthouse [-- --build] [-- --runs 3] [-- --json results.json]
 *
 * Builds first when out/ is missing (or with --build). Lighthouse is fetched
 * by npx at the pinned version (13 needs Node 22); CHROMIUM_PATH picks the
 * browser (default: the one npm test uses).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { median, summarizeReport, type LighthouseSummary } from './lighthouse-report';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const PAGES = ['/2019/11/30/flink-forward-asia.html', '/'];
const FORM_FACTORS = ['mobile', 'desktop'] as const;

const { values } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4321' },
    json: { type: 'string' },
  },
});
const runs = Number(values.runs);
const projectRoot = process.cwd();

if (values.build || !existsSync(path.join(projectRoot, 'out', 'index.html'))) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const chromium = process.env.CHROMIUM_PATH ?? findChromium()?.executablePath;
if (!chromium) {
  console.error('lighthouse: no Chromium found; set CHROMIUM_PATH');
  process.exit(1);
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`lighthouse: the server at ${url} did not answer`);
}

function runLighthouse(url: string, formFactor: (typeof FORM_FACTORS)[number], output: string): void {
  const result = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url} (${formFactor}):\n${result.stderr}`);
}

async function main(): Promise<number> {
  const origin = `http://127.0.0.1:${values.port}`;
  const server = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'serve.mjs'), '--port', values.port, '--host', '127.0.0.1'], { stdio: 'ignore' });
  const workDir = mkdtempSync(path.join(tmpdir(), 'confnotes-lighthouse-'));
  try {
    await waitForServer(`${origin}/`);
    const rows: Array<{ page: string; formFactor: string } & LighthouseSummary> = [];
    for (const page of PAGES) {
      for (const formFactor of FORM_FACTORS) {
        const summaries: LighthouseSummary[] = [];
        for (let run = 1; run <= runs; run += 1) {
          const output = path.join(workDir, `run.json`);
          runLighthouse(`${origin}${page}`, formFactor, output);
          summaries.push(summarizeReport(JSON.parse(readFileSync(output, 'utf8'))));
        }
        rows.push({ page, formFactor, ...median(summaries) });
      }
    }
    console.log(`Lighthouse ${LIGHTHOUSE.split('@')[1]}, median of ${runs} run(s), served with gzip from ${origin}`);
    console.log('| page | form factor | performance | accessibility | best practices | SEO | LCP | TBT | CLS | scripts (files, KB transferred) |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
      console.log(
        `| ${row.page} | ${row.formFactor} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${(row.lcpMs / 1000).toFixed(2)} s | ${Math.round(row.tbtMs)} ms | ${row.cls.toFixed(3)} | ${row.scriptFiles}, ${(row.scriptBytes / 1024).toFixed(1)} |`,
      );
    }
    if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
    const below = rows.filter((row) => row.formFactor === 'mobile' && [row.performance, row.accessibility, row.bestPractices, row.seo].some((score) => score < 100));
    for (const row of below) console.error(`lighthouse: ${row.page} scores below 100 on mobile`);
    return below.length > 0 ? 1 : 0;
  } finally {
    server.kill();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
