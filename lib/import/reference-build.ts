import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { safeDecode } from '../urls';
import { listFiles } from './old-site-files';
import type { GeneratorName, ImportNote } from './plan';

/*
 * The old site built by its own generator, the reference for what it
 * published: every file of its output is an address that must still answer
 * after the move. The generator also says, for each source file, the
 * address it gave it (its manifest), which its rules in our code may only
 * approximate.
 */

export interface ManifestEntry {
  /** Path in the old site's folder. */
  file: string;
  /** Site path without base path; folders end in '/'. */
  address: string;
  /** A post or page the author wrote, a file copied as it is, or a file the generator or a plugin made. */
  kind: 'content' | 'static' | 'generated';
  /** The post's date as the generator read it (RFC 3339), for a post whose front matter has none (Hexo takes the file's). */
  date?: string | undefined;
}

export interface ReferenceBuild {
  generator: GeneratorName;
  /** The generator's name and version, as it printed them. */
  version: string;
  /** The folder of the built old site. */
  outDir: string;
  manifest: ManifestEntry[];
  notes: ImportNote[];
  /**
   * The generator built without something the site uses (a plugin or theme
   * not installed here): addresses its rules give but the build lacks may
   * still have been the old site's.
   */
  partial: boolean;
  /** Deletes the temporary folders. */
  dispose(): void;
}

/** A generator that is not installed, or a site it cannot build. */
export class ReferenceBuildError extends Error {
  override name = 'ReferenceBuildError';

  constructor(
    message: string,
    /** All the command printed, for telling one failure from another. */
    readonly output = '',
  ) {
    super(message);
  }
}

/** Runs a command, returning its output; throws ReferenceBuildError naming the command when it fails. */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: Record<string, string>; what: string }): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new ReferenceBuildError(`${options.what}: cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stderr}\n${result.stdout}`.trim();
    // Ruby's backtraces bury the message: the lines before the first 'from …' say what went wrong.
    const lines = output.split('\n').filter((line) => !/^\s+from \//.test(line));
    throw new ReferenceBuildError(`${options.what}: ${command} ${args.join(' ')} exited with ${result.status}:\n${lines.slice(-15).join('\n')}`, output);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Whether a command is on the PATH and answers `versionArgs`. */
export function isInstalled(command: string, versionArgs: readonly string[] = ['--version']): boolean {
  return spawnSync(command, versionArgs, { encoding: 'utf8' }).status === 0;
}

/**
 * A copy of the old site to build in, so that the generator's caches and
 * lock files (.jekyll-cache, resources/, .hugo_build.lock) never land in
 * the author's folder, and a scratch folder for the output.
 */
export function scratchCopy(root: string, skip: (relative: string) => boolean): { source: string; work: string; dispose: () => void } {
  const work = mkdtempSync(path.join(tmpdir(), 'confnotes-import-'));
  const source = path.join(work, 'site');
  cpSync(root, source, { recursive: true, filter: (from) => !skip(path.relative(root, from).split(path.sep).join('/')) });
  return { source, work, dispose: () => rmSync(work, { recursive: true, force: true }) };
}

/** The addresses of a built site: each file, and each folder's index.html as the folder. */
export function builtAddresses(outDir: string): string[] {
  return listFiles(outDir).map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`));
}

/** The file of a built site that serves an address, as static hosts look it up. */
export function fileOfAddress(address: string): string {
  const clean = safeDecode(address).replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}
