import { bundleReaderScript } from '@/scripts/build-reader';

// `next dev` only (see next.config.js): the reader script, bundled from lib/reader on each request.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const bundle = await bundleReaderScript(process.cwd());
  return new Response(new TextDecoder().decode(bundle.contents), { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' } });
}
