import { readFile } from 'node:fs/promises';
import { findPostAsset } from '@/lib/content';
import { safeDecode } from '@/lib/urls';

/*
 * `next dev` only (see next.config.js, which rewrites these addresses here):
 * images that posts refer to relative to themselves, and the files of a
 * post's folder (a page bundle, a Hexo asset folder), which a build copies
 * next to the published page.
 */
export const dynamic = 'force-dynamic';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  key: 'application/vnd.apple.keynote',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  csv: 'text/csv; charset=utf-8',
};

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const sitePath = `/${(await params).path.map(safeDecode).join('/')}`;
  const file = await findPostAsset(sitePath);
  const type = TYPES[sitePath.split('.').pop()?.toLowerCase() ?? ''];
  if (!file || !type) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'Content-Type': type, 'Cache-Control': 'no-store' } });
}
