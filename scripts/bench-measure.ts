/**
 * Measuring helpers for scripts/bench.ts (a benchmark, never a test): wall
 * time and peak memory of a command with all its child processes, and what
 * the built site weighs.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Measured {
  label: string;
  seconds: number;
  /** Largest memory use of the command's process group (proportional set size), sampled every 100 ms. */
  peakBytes: number;
  output: string;
}

/**
 * Memory of every process in a process group, from /proc (Linux): the sum
 * of proportional set sizes, so libraries shared by the build's workers
 * count once, not once per worker.
 */
function groupMemoryBytes(groupId: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name, which may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8'));
      total += Number(pss?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Runs a command in its own process group; resolves with its time and peak memory, rejects if it fails. */
export function measure(label: string, command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, groupMemoryBytes(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`bench: ${label} failed (exit ${code}):\n${output.slice(-4000)}`));
      else resolve({ label, seconds, peakBytes, output });
    });
  });
}

export interface FolderWeight {
  bytes: number;
  files: number;
  /** Bytes per part of the site, named by what it is for. */
  parts: Map<string, number>;
  /** The heaviest HTML pages, heaviest first: what a reader's phone must parse in one go. */
  largestPages: Array<{ path: string; bytes: number }>;
}

const LARGEST_PAGES_KEPT = 5;

/** What a file of the confnotes export is for, by its address. */
function partOf(relativePath: string): string {
  const top = relativePath.split('/')[0] ?? '';
  if (top === 'og') return 'share images (og/)';
  if (top === 'pagefind') return 'search index (pagefind/)';
  if (top === 'talks') return 'talk index (talks/)';
  if (top === 'keywords') return 'keyword pages (keywords/)';
  if (top === '_next' || top === '_confnotes') return 'styles and reader script';
  if (/\.(xml|txt)$/.test(relativePath) && !relativePath.includes('/')) return 'feeds, sitemap, robots';
  if (relativePath.endsWith('.html')) return 'post pages and home';
  return 'other';
}

export function weigh(directory: string, partName: (relativePath: string) => string = partOf): FolderWeight {
  const parts = new Map<string, number>();
  let bytes = 0;
  let files = 0;
  let largestPages: FolderWeight['largestPages'] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const size = statSync(full).size;
    bytes += size;
    files += 1;
    const relativePath = path.relative(directory, full).split(path.sep).join('/');
    const part = partName(relativePath);
    parts.set(part, (parts.get(part) ?? 0) + size);
    if (relativePath.endsWith('.html')) largestPages = [...largestPages, { path: relativePath, bytes: size }].sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST_PAGES_KEPT);
  }
  return { bytes, files, parts, largestPages };
}

/** Gzipped bytes of the scripts one page loads from the site itself. */
export function scriptBytesOfPage(outDir: string, pageFile: string): { files: number; gzipBytes: number } {
  const html = readFileSync(path.join(outDir, pageFile), 'utf8');
  let files = 0;
  let gzipBytes = 0;
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const source = match[1] ?? '';
    const local = path.join(outDir, source.replace(/^\/+/, ''));
    files += 1;
    gzipBytes += gzipSync(readFileSync(local), { level: 9 }).length;
  }
  return { files, gzipBytes };
}

export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
