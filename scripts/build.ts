/**
 * `npm run build`: the content check, then `next build` and, at the same
 * time, the search index, then the export step (scripts/finalize-export.ts).
 *
 * Why at the same time: `next build` spends most of its time generating pages
 * in one worker process, leaving one of two cores idle; Pagefind indexing a
 * thousand posts' notes takes about as long again as a tenth of the build.
 * The check runs first and alone: it renders what changed into the content
 * cache, which the index and every `next build` worker then read, and a
 * content error stops the build before anything else starts.
 *
 *   tsx scripts/build.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const projectRoot = process.cwd();
const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name);

function start(command: string, args: string[]): { child: ChildProcess; exit: Promise<number> } {
  const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
  const exit = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  return { child, exit };
}

async function main(): Promise<number> {
  const check = await start(bin('tsx'), ['scripts/check-content.ts']).exit;
  if (check !== 0) return check;

  const next = start(bin('next'), ['build']);
  const search = start(bin('tsx'), ['scripts/prepare-search-index.ts']);
  // Whichever fails first stops the build: no waiting for the other.
  const failed = await new Promise<number>((resolve, reject) => {
    let running = 2;
    for (const step of [next, search]) {
      step.exit.then((code) => {
        running -= 1;
        if (code !== 0 || running === 0) resolve(code);
      }, reject);
    }
  });
  if (failed !== 0) {
    for (const { child } of [next, search]) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return failed;
  }

  return start(bin('tsx'), ['scripts/finalize-export.ts']).exit;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
