/**
 * Benchmark, not a test (never part of `npm test`): how long building and
 * writing take on a real-sized blog, and what the build weighs. Generates N
 * posts shaped like the seed (8 KB of Chinese notes each, one a day) in a
 * temporary folder, then measures, each part with its own fresh cache:
 * - `npm run check` and `npm run build` from scratch, again unchanged, and
 *   again after editing one post: wall time and peak memory (all processes);
 * - the framework floor: `npm run build` of N one-line posts;
 * - with `--outline-floor`, a second floor: the same posts reduced to their
 *   front matter, headings and talk titles (no summaries, no prose), so it
 *   builds the same keyword, talk-index and speaker pages as the posts do:
 *   what is left between the two is the cost of the text itself;
 * - out/: its size by part, and the script bytes a post page loads;
 * - Jekyll building the same posts, when `jekyll` is installed;
 * - `next dev`: the first post page and the home page from a cold cache,
 *   and the time from saving a post to the open page (in Chromium) showing
 *   the edit by itself.
 *
 *   npm run bench [-- --posts 1000] [-- --runs 3] [-- --outline-floor] [-- --no-dev | --dev-only]
 *
 * `--runs N` builds cold, and the floor, N times each, alternately, and
 * reports the median time and the highest peak: one cold build varies by
 * several seconds on a shared machine.
 *
 * Prints Markdown tables for BENCHMARKS.md; removes what it made (out/ then
 * holds the benchmark's site: `npm run build` makes the sample site again).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildWithJekyll, jekyllInstalled } from './bench-jekyll';
import { outlineOnly } from './bench-posts';
import { measure, megabytes, scriptBytesOfPage, weigh, type Measured } from './bench-measure';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' }, 'no-dev': { type: 'boolean', default: false }, 'dev-only': { type: 'boolean', default: false }, 'outline-floor': { type: 'boolean', default: false }, port: { type: 'string', default: '3210' } },
});
const count = Number(values.posts);
const runs = Math.max(1, Number(values.runs));
const projectRoot = process.cwd();
const outDir = path.join(projectRoot, 'out');
const seed = readFileSync(path.join(projectRoot, 'content', '2019-11-30-flink-forward-asia.md'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'confnotes-bench-'));
const contentDir = path.join(work, 'content');
const cacheDir = path.join(work, 'cache');
const env = { ...process.env, CONTENT_DIR: contentDir, CONFNOTES_CACHE_DIR: cacheDir, NEXT_TELEMETRY_DISABLED: '1' };

const dayOf = (index: number) => new Date(Date.UTC(2015, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
const postFile = (directory: string, index: number) => path.join(directory, `${dayOf(index)}-notes-${index}.md`);
const middle = Math.floor(count / 2);
const middleAddress = `/${dayOf(middle).replace(/-/g, '/')}/notes-${middle}.html`;

function writePosts(directory: string, body: (index: number) => string): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (let index = 0; index < count; index += 1) writeFileSync(postFile(directory, index), body(index));
}

const seedShaped = (index: number) =>
  seed.replace('title: FLINK FORWARD ASIA 2019 参会总结', `title: Conference notes ${index}`).replace('感谢公司', `第 ${index} 篇。感谢公司`);
const oneLine = (index: number) => `---\ntitle: Notes ${index}\n---\n\nOne line of notes.\n`;

const outlineShaped = (index: number) => outlineOnly(seedShaped(index));

function editOnePost(marker: string): void {
  const file = postFile(contentDir, middle);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/感谢公司/, `${marker}感谢公司`));
}

async function npmRun(label: string, script: string, extraEnv: Record<string, string> = {}): Promise<Measured> {
  const result = await measure(label, 'npm', ['run', '--silent', script], { cwd: projectRoot, env: { ...env, ...extraEnv } });
  const summary = result.output.split('\n').filter((line) => /content check:|finalize-export:/.test(line));
  console.error(`bench: ${label}: ${result.seconds.toFixed(1)} s, peak ${megabytes(result.peakBytes)}\n  ${summary.join('\n  ')}`);
  return result;
}

async function fetchUntil(url: string, wanted: (text: string) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (wanted(await response.text())) return (performance.now() - started) / 1000;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`bench: ${url} did not answer as expected within ${timeoutMs} ms`);
}

interface DevRow {
  label: string;
  seconds: number;
}

async function measureDev(): Promise<DevRow[]> {
  rmSync(cacheDir, { recursive: true, force: true });
  const server = spawn('npx', ['next', 'dev', '-p', values.port], { cwd: projectRoot, env: { ...env, NODE_ENV: 'development' }, stdio: 'ignore', detached: true });
  const origin = `http://localhost:${values.port}`;
  const installed = findChromium();
  if (!installed) throw new Error('bench: no Chromium to open the page in (see scripts/chromium.ts)');
  const browser = await chromium.launch({ executablePath: installed.executablePath, args: CHROMIUM_ARGS });
  try {
    const firstPost = await fetchUntil(`${origin}${middleAddress}`, (text) => text.includes(`Conference notes ${middle}`), 120_000);
    // The home page lists the newest posts (it is paginated).
    const home = await fetchUntil(`${origin}/`, (text) => text.includes(`Conference notes ${count - 1}<`), 120_000);
    const rows: DevRow[] = [];
    // The page open at localhost, then at 127.0.0.1 (as on another device: Next.js treats it as another origin).
    for (const host of ['localhost', '127.0.0.1']) {
      const page = await browser.newPage();
      /*
       * An author saves into a page they have been reading: one that has
       * loaded (its load event), listens for changes (its live-reload
       * stream) and has hydrated (the reader script starts after that).
       * Saved while the page still loads, the reload competes with the
       * page's own start on the same cores.
       */
      const settled = () =>
        Promise.all([
          page.waitForEvent('load'),
          // The stream itself, not the script that opens it (/confnotes-dev/live.js).
          page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/confnotes-dev/live')),
          page.waitForEvent('requestfinished', (request) => request.url().includes('/confnotes-dev/reader.js')),
        ]);
      let loaded = settled();
      await page.goto(`http://${host}:${values.port}${middleAddress}`);
      await loaded;
      for (const round of [1, 2, 3]) {
        const marker = `EDITED-IN-DEV-${host}-${round} `;
        loaded = settled();
        const saved = performance.now();
        editOnePost(marker);
        await page.getByText(marker.trim()).first().waitFor({ timeout: 30_000 });
        rows.push({ label: `next dev at ${host}: save a post → the open page shows the edit by itself (round ${round})`, seconds: (performance.now() - saved) / 1000 });
        await loaded;
      }
      await page.close();
    }
    return [
      { label: 'next dev: first page (a post), cold cache, server starting', seconds: firstPost },
      { label: 'next dev: then the home page (every post read)', seconds: home },
      ...rows,
    ];
  } finally {
    await browser.close();
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}

/** The median time of several runs of a step, with the highest peak of them, and every time in the label. */
function summarise(label: string, measured: readonly Measured[]): { label: string; seconds: number; peakBytes: number } {
  const times = measured.map((run) => run.seconds).sort((a, b) => a - b);
  const middleTime = times.length % 2 === 1 ? (times[(times.length - 1) / 2] ?? 0) : ((times[times.length / 2 - 1] ?? 0) + (times[times.length / 2] ?? 0)) / 2;
  const runsNote = measured.length > 1 ? ` (median of ${measured.map((run) => run.seconds.toFixed(1)).join(', ')} s)` : '';
  return { label: `${label}${runsNote}`, seconds: middleTime, peakBytes: Math.max(...measured.map((run) => run.peakBytes)) };
}

const row = (label: string, seconds: number, peakBytes?: number, note = '') =>
  `| ${label} | ${seconds.toFixed(1)} s | ${peakBytes === undefined ? '' : megabytes(peakBytes)} | ${note} |`;

async function main(): Promise<void> {
  writePosts(contentDir, seedShaped);
  if (values['dev-only']) {
    console.log('| step | wall time |\n|---|---|');
    for (const { label, seconds } of await measureDev()) console.log(`| ${label} | ${seconds.toFixed(1)} s |`);
    return;
  }
  const checkCold = await npmRun(`npm run check, empty cache`, 'check');
  const checkWarm = await npmRun(`npm run check, again (all cached)`, 'check');
  const floorContent = path.join(work, 'floor');
  writePosts(floorContent, oneLine);
  const floorCache = path.join(work, 'floor-cache');
  const outlineContent = path.join(work, 'outline');
  const outlineCache = path.join(work, 'outline-cache');
  if (values['outline-floor']) writePosts(outlineContent, outlineShaped);
  const coldRuns: Measured[] = [];
  const floorRuns: Measured[] = [];
  const outlineRuns: Measured[] = [];
  let floorOut = { bytes: 0 };
  // Cold means cold: no content cache, no share images, no search index, no .next; the floor likewise.
  for (let run = 1; run <= runs; run += 1) {
    for (const folder of [cacheDir, floorCache, outlineCache, path.join(projectRoot, '.next')]) rmSync(folder, { recursive: true, force: true });
    floorRuns.push(await npmRun(`framework floor: npm run build, one-line posts (run ${run})`, 'build', { CONTENT_DIR: floorContent, CONFNOTES_CACHE_DIR: floorCache }));
    floorOut = weigh(outDir);
    if (values['outline-floor']) {
      rmSync(path.join(projectRoot, '.next'), { recursive: true, force: true });
      outlineRuns.push(await npmRun(`outline floor: npm run build, the posts without their text (run ${run})`, 'build', { CONTENT_DIR: outlineContent, CONFNOTES_CACHE_DIR: outlineCache }));
    }
    rmSync(path.join(projectRoot, '.next'), { recursive: true, force: true });
    coldRuns.push(await npmRun(`npm run build, empty cache (run ${run})`, 'build'));
  }
  const buildCold = summarise('npm run build, empty cache', coldRuns);
  const floor = summarise('framework floor: npm run build, one-line posts', floorRuns);
  const outlineFloor = outlineRuns.length > 0 ? summarise('outline floor: npm run build, the same posts without their text (headings and talk titles only)', outlineRuns) : undefined;
  const out = weigh(outDir);
  const postPage = readdirSync(path.join(outDir, dayOf(middle).slice(0, 4)), { recursive: true }).find((name) => String(name).endsWith(`notes-${middle}.html`));
  const scripts = scriptBytesOfPage(outDir, path.join(dayOf(middle).slice(0, 4), String(postPage)));
  const buildWarm = await npmRun(`npm run build, again, nothing changed`, 'build');
  editOnePost('EDITED ');
  const buildEdit = await npmRun(`npm run build, after editing one post`, 'build');
  const dev = values['no-dev'] ? [] : await measureDev();


  const jekyll = jekyllInstalled() ? await buildWithJekyll(contentDir, path.join(work, 'jekyll')) : undefined;

  const ratio = (seconds: number) => `${(seconds / floor.seconds).toFixed(2)}× the floor`;
  console.log(`${count} seed-shaped posts, ${((count * Buffer.byteLength(seed)) / 1e6).toFixed(1)} MB of Markdown\n`);
  console.log('| step | wall time | peak memory | |');
  console.log('|---|---|---|---|');
  console.log(row(checkCold.label, checkCold.seconds, checkCold.peakBytes));
  console.log(row(checkWarm.label, checkWarm.seconds, checkWarm.peakBytes));
  console.log(row(buildCold.label, buildCold.seconds, buildCold.peakBytes, ratio(buildCold.seconds)));
  console.log(row(buildWarm.label, buildWarm.seconds, buildWarm.peakBytes, ratio(buildWarm.seconds)));
  console.log(row(buildEdit.label, buildEdit.seconds, buildEdit.peakBytes, ratio(buildEdit.seconds)));
  console.log(row(floor.label, floor.seconds, floor.peakBytes, `out/ ${megabytes(floorOut.bytes)}`));
  if (outlineFloor) {
    console.log(row(outlineFloor.label, outlineFloor.seconds, outlineFloor.peakBytes, `cold build ${(buildCold.seconds / outlineFloor.seconds).toFixed(2)}× this; it is ${ratio(outlineFloor.seconds)}`));
  }
  if (jekyll) console.log(row(jekyll.build.label, jekyll.build.seconds, jekyll.build.peakBytes, `${(buildCold.seconds / jekyll.build.seconds).toFixed(1)}× faster than our cold build`));
  for (const { label, seconds } of dev) console.log(row(label, seconds));
  console.log(`\n| out/ (${count} seed-shaped posts) | bytes |\n|---|---|`);
  console.log(`| all | ${megabytes(out.bytes)} in ${out.files} files${jekyll ? ` (${(out.bytes / jekyll.bytes).toFixed(1)}× Jekyll's ${megabytes(jekyll.bytes)})` : ''} |`);
  for (const [part, bytes] of [...out.parts].sort((a, b) => b[1] - a[1])) console.log(`| ${part} | ${megabytes(bytes)} |`);
  console.log(`\n| largest HTML pages | bytes |\n|---|---|`);
  for (const page of out.largestPages) console.log(`| \`${page.path}\` | ${(page.bytes / 1024).toFixed(0)} KB |`);
  console.log(`\nA post page loads ${scripts.files} script file(s), ${(scripts.gzipBytes / 1024).toFixed(1)} KB gzipped.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    rmSync(work, { recursive: true, force: true });
    if (!values['dev-only']) console.error('bench: out/ holds the benchmark site now; `npm run build` makes the sample site again.');
  });
