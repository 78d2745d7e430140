import { statSync } from 'node:fs';
import { bundleReaderScript, type ReaderBundle } from '@/scripts/build-reader';

/*
 * `next dev` only (see next.config.js): the reader script, bundled from
 * lib/reader, again only when one of its sources changed: every reload after
 * a save asks for it, and bundling, minifying and weighing it took the
 * server 60–200 ms beside the page the author waits for.
 */
export const dynamic = 'force-dynamic';

let last: { bundle: ReaderBundle; stamp: string } | undefined;

const modifiedAt = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
const stampOf = (files: readonly string[]): string => files.map(modifiedAt).join(',');

export async function GET(): Promise<Response> {
  let bundle = last && stampOf(last.bundle.inputs) === last.stamp ? last.bundle : undefined;
  if (!bundle) {
    const started = Date.now();
    bundle = await bundleReaderScript(process.cwd());
    const modified = bundle.inputs.map(modifiedAt);
    // A source saved while bundling may be in this bundle or not: bundle again next time.
    last = modified.some((time) => time >= started) ? undefined : { bundle, stamp: modified.join(',') };
  }
  return new Response(new TextDecoder().decode(bundle.contents), { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' } });
}
