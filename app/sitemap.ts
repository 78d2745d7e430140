import type { MetadataRoute } from 'next';
import { getIndexablePosts } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getIndexablePosts();
  return [
    { url: absoluteUrl('/') },
    ...posts.map((post) => ({ url: absoluteUrl(post.urlPath), ...(post.date ? { lastModified: post.date.dateTime } : {}) })),
  ];
}
