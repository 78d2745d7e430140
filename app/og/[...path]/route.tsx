import { ImageResponse } from 'next/og';
import { SHARE_IMAGE_COLORS, SHARE_IMAGE_SIZE, ShareImage } from '@/components/ShareImage';
import { findPost, getPostRouteParams } from '@/lib/content';
import { readShareImage, shareImageKey, writeShareImage } from '@/lib/content/share-image-cache';
import { shareImageFonts } from '@/lib/content/share-image-fonts';
import { formatPostDate } from '@/lib/format';
import { blendPalette, toIndexedPng } from '@/lib/share-image/indexed-png';
import { routeSegmentsOfShareImage } from '@/lib/share-image/share-image-path';
import { site } from '@/lib/site';
import { exportParams } from '@/lib/export-params';

/*
 * Each post's share image, a static PNG at /og/<post route>.png. A route
 * handler rather than the App Router's opengraph-image file, which a
 * catch-all route such as the posts' cannot have.
 */
export const dynamic = 'force-static';

export function generateStaticParams(): Promise<Array<{ path: string[] }>> {
  return exportParams(async () => (await getPostRouteParams()).map(({ path }) => ({ path: [...path.slice(0, -1), `${path.at(-1) ?? 'index'}.png`] })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const segments = routeSegmentsOfShareImage((await params).path);
  const post = segments && (await findPost(segments))?.post;
  if (!post) return new Response('Not found', { status: 404 });
  const days = post.outline.entries.flatMap((entry) => (entry.type === 'day' ? [entry.label] : []));
  const details = [post.date ? formatPostDate(post.date, site.uiLanguage) : undefined, ...days].filter((part) => part !== undefined).join(' · ');
  const key = shareImageKey({ title: post.title, siteTitle: site.title, details });
  let png = readShareImage(key);
  if (!png) {
    const { fonts, ...texts } = shareImageFonts({ title: post.title, siteTitle: site.title, details });
    const drawn = new Uint8Array(await new ImageResponse(<ShareImage {...texts} />, { ...SHARE_IMAGE_SIZE, fonts }).arrayBuffer());
    const { background, text, muted, accent } = SHARE_IMAGE_COLORS;
    png = toIndexedPng(drawn, blendPalette(background, [text, muted, accent], 16));
    writeShareImage(key, png);
  }
  const body = new Uint8Array(png.byteLength);
  body.set(png);
  return new Response(body, { headers: { 'Content-Type': 'image/png' } });
}
