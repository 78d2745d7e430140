/**
 * Bundles the reader script (lib/reader/index.ts), the only JavaScript a
 * reading page loads, with esbuild: one minified ES module whose file name
 * carries a hash of its content, so hosts may cache it forever.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build } from 'esbuild';

/** The reader script's budget: a build over it fails rather than slowly growing the pages' weight. */
export const READER_SCRIPT_BUDGET_GZIP = 10 * 1024;

export interface ReaderBundle {
  /** File name, such as 'reader.7GQKZ3.js'. */
  fileName: string;
  contents: Uint8Array;
  gzipBytes: number;
  /** The source files bundled, absolute: when none of them changed, the bundle has not. */
  inputs: string[];
}

export async function bundleReaderScript(projectRoot: string): Promise<ReaderBundle> {
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: [path.join(projectRoot, 'lib/reader/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // Module scripts run in browsers from 2018 on; older ones read the page without the extras.
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    entryNames: 'reader.[hash]',
    outdir: 'out',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const [output] = result.outputFiles;
  if (!output || result.outputFiles.length !== 1) throw new Error(`reader script: expected one bundle, esbuild wrote ${result.outputFiles.length}`);
  const gzipBytes = gzipSync(output.contents, { level: 9 }).length;
  if (gzipBytes > READER_SCRIPT_BUDGET_GZIP) {
    throw new Error(`reader script: the reader script is ${gzipBytes} bytes gzipped, over its budget of ${READER_SCRIPT_BUDGET_GZIP}; keep reading pages light (see BENCHMARKS.md)`);
  }
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(projectRoot, input));
  return { fileName: path.basename(output.path), contents: output.contents, gzipBytes, inputs };
}
