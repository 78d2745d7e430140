import type { MetadataRoute } from 'next';
import { getIndexablePosts, getKeywordIndex, getPages } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getIndexablePosts();
  const keywords = await getKeywordIndex();
  const pages = (await getPages()).filter((page) => page.index);
  return [
    { url: absoluteUrl('/') },
    { url: absoluteUrl('/talks/') },
    { url: absoluteUrl('/keywords/') },
    ...keywords.map((entry) => ({ url: absoluteUrl(`/keywords/${encodeURIComponent(entry.slug)}/`) })),
    ...posts.map((post) => ({ url: absoluteUrl(post.urlPath), ...(post.date ? { lastModified: post.date.dateTime } : {}) })),
    ...pages.map((page) => ({ url: absoluteUrl(page.urlPath) })),
  ];
}
