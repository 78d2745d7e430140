import { getIndexablePosts } from '@/lib/content';
import { buildAtomFeed } from '@/lib/feed';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
  const feed = buildAtomFeed(await getIndexablePosts(), site, absoluteUrl);
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
