import { readFile } from 'node:fs/promises';
import { findPostAsset } from '@/lib/content';
import { safeDecode } from '@/lib/urls';

/*
 * `next dev` only (see next.config.js, which rewrites image addresses here):
 * images that posts refer to relative to themselves, which a build copies
 * next to the published page.
 */
export const dynamic = 'force-dynamic';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml' };

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const sitePath = `/${(await params).path.map(safeDecode).join('/')}`;
  const file = await findPostAsset(sitePath);
  const type = TYPES[sitePath.split('.').pop()?.toLowerCase() ?? ''];
  if (!file || !type) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'Content-Type': type, 'Cache-Control': 'no-store' } });
}
