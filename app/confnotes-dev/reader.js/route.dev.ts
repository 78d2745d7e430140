import { ReaderBundleMemo } from '@/lib/export/reader-bundle-memo';
import { bundleReaderScript } from '@/lib/export/reader-bundle';

/*
 * `next dev` only (see next.config.js): the reader script, bundled from
 * lib/reader, again only when one of its sources changed.
 */
export const dynamic = 'force-dynamic';

const readerBundle = new ReaderBundleMemo(() => bundleReaderScript(process.cwd()));

export async function GET(): Promise<Response> {
  const bundle = await readerBundle.current();
  return new Response(new TextDecoder().decode(bundle.contents), { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' } });
}
