/**
 * Benchmark, not a test (never part of `npm test`): how long building and
 * writing take on a real-sized blog. Generates N posts shaped like the seed
 * (8 KB of Chinese notes each, one a day) in a temporary folder, then
 * measures, each with its own fresh rendering cache:
 * - `npm run check` and `npm run build` from scratch, again unchanged, and
 *   again after editing one post;
 * - the size of out/;
 * - `next dev`: the first home page and post page, and the time from saving
 *   a post to the server answering with the edit.
 *
 *   npm run bench [-- --posts 1000] [-- --no-dev]
 *
 * Prints a Markdown table for BENCHMARKS.md; removes what it made.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '1000' }, 'no-dev': { type: 'boolean', default: false }, port: { type: 'string', default: '3210' } } });
const count = Number(values.posts);
const projectRoot = process.cwd();
const seed = readFileSync(path.join(projectRoot, 'content', '2019-11-30-flink-forward-asia.md'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'confnotes-bench-'));
const contentDir = path.join(work, 'content');
const cacheDir = path.join(work, 'cache');
const env = { ...process.env, CONTENT_DIR: contentDir, CONFNOTES_CACHE_DIR: cacheDir, NEXT_TELEMETRY_DISABLED: '1' };

function postFile(index: number): string {
  const day = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  return path.join(contentDir, `${day}-notes-${index}.md`);
}

function writePosts(): void {
  mkdirSync(contentDir, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    writeFileSync(postFile(index), seed.replace('title: FLINK FORWARD ASIA 2019 参会总结', `title: Conference notes ${index}`).replace('感谢公司', `第 ${index} 篇。感谢公司`));
  }
}

function timed(label: string, command: string[], extraEnv: Record<string, string> = {}): { label: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', ...command], { cwd: projectRoot, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`bench: ${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const summary = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /content check:|finalize-export:/.test(line));
  console.error(`bench: ${label}: ${seconds.toFixed(1)} s\n  ${summary.join('\n  ')}`);
  return { label, seconds };
}

function folderBytes(directory: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

function editOnePost(marker: string): void {
  const file = postFile(Math.floor(count / 2));
  writeFileSync(file, readFileSync(file, 'utf8').replace(/感谢公司/, `${marker}感谢公司`));
}

async function fetchUntil(url: string, wanted: (text: string) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (wanted(await response.text())) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`bench: ${url} did not answer as expected within ${timeoutMs} ms`);
}

async function measureDev(): Promise<Array<{ label: string; seconds: number }>> {
  rmSync(cacheDir, { recursive: true, force: true });
  const server = spawn('npx', ['next', 'dev', '-p', values.port], { cwd: projectRoot, env: { ...env, NODE_ENV: 'development' }, stdio: 'ignore', detached: true });
  const origin = `http://localhost:${values.port}`;
  const middle = Math.floor(count / 2);
  const address = `/${path.basename(postFile(middle)).slice(0, 10).replace(/-/g, '/')}/notes-${middle}.html`;
  try {
    const started = performance.now();
    await fetchUntil(`${origin}${address}`, (text) => text.includes(`Conference notes ${middle}`), 120_000);
    const firstPost = (performance.now() - started) / 1000;
    const home = (await fetchUntil(`${origin}/`, (text) => text.includes('Conference notes 0'), 120_000)) / 1000;
    editOnePost('EDITED-IN-DEV ');
    const edit = (await fetchUntil(`${origin}${address}`, (text) => text.includes('EDITED-IN-DEV'), 30_000)) / 1000;
    return [
      { label: `next dev: first page (a post), cold cache, server starting`, seconds: firstPost },
      { label: `next dev: then the home page (every post rendered)`, seconds: home },
      { label: `next dev: save a post → the server answers with the edit`, seconds: edit },
    ];
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}

async function main(): Promise<void> {
  writePosts();
  const rows = [
    timed(`npm run check, ${count} posts, empty cache`, ['check']),
    timed(`npm run check, again (all cached)`, ['check']),
  ];
  rmSync(cacheDir, { recursive: true, force: true });
  rows.push(timed(`npm run build, ${count} posts, empty cache`, ['build']));
  const out = folderBytes(path.join(projectRoot, 'out'));
  rows.push(timed(`npm run build, again, nothing changed`, ['build']));
  editOnePost('EDITED ');
  rows.push(timed(`npm run build, after editing one post`, ['build']));
  if (!values['no-dev']) rows.push(...(await measureDev()));
  console.log(`| step (${count} seed-shaped posts, ${(count * Buffer.byteLength(seed)) / 1e6} MB of Markdown) | time |`);
  console.log('|---|---|');
  for (const row of rows) console.log(`| ${row.label} | ${row.seconds.toFixed(2)} s |`);
  console.log(`| out/ | ${(out.bytes / 1e6).toFixed(1)} MB in ${out.files} files |`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    rmSync(work, { recursive: true, force: true });
    console.error('bench: out/ holds the generated site now; `npm run build` makes the sample site again.');
  });
