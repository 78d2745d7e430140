/**
 * Rewrites exported pages (lib/export/strip-runtime.ts) in a worker thread,
 * so that a big site's pages are parsed on every core. Started by
 * scripts/finalize-export.ts through rewrite-pages-worker.mjs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { rewriteExportedPage } from '../lib/export/strip-runtime';

export const rewriteJobSchema = z.object({
  outDir: z.string(),
  files: z.array(z.string()),
  basePath: z.string(),
  readerScript: z.string(),
});
export type RewriteJob = z.infer<typeof rewriteJobSchema>;

export type RewriteReport = { ok: true; pages: number; enhanced: number } | { ok: false; message: string };

export function rewritePages(job: RewriteJob): RewriteReport {
  let enhanced = 0;
  try {
    for (const file of job.files) {
      const relative = path.relative(job.outDir, file).split(path.sep).join('/');
      const result = rewriteExportedPage(readFileSync(file, 'utf8'), { file: relative, basePath: job.basePath, readerScript: job.readerScript });
      writeFileSync(file, result.html);
      if (result.hasReaderScript) enhanced += 1;
    }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, pages: job.files.length, enhanced };
}

if (!isMainThread && parentPort) parentPort.postMessage(rewritePages(rewriteJobSchema.parse(workerData)));
