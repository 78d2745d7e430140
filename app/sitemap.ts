import type { MetadataRoute } from 'next';
import { getAllPosts, getIndexablePosts, getKeywordIndex, getPages } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { siteTalks } from '@/lib/talks/site-talks';
import { siteSpeakers, speakerPagePath } from '@/lib/talks/speakers';
import { talkPagePath } from '@/lib/talks/talk-years';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getIndexablePosts();
  const keywords = await getKeywordIndex();
  const pages = (await getPages()).filter((page) => page.index);
  return [
    { url: absoluteUrl('/') },
    { url: absoluteUrl('/talks/') },
    // The years' pages hold the links to every talk; the index holds the years.
    ...siteTalks(await getAllPosts()).pages.map((page) => ({ url: absoluteUrl(talkPagePath(page)) })),
    ...siteSpeakers(await getAllPosts()).pages.map((page) => ({ url: absoluteUrl(speakerPagePath(page.number)) })),
    { url: absoluteUrl('/keywords/') },
    ...keywords.map((entry) => ({ url: absoluteUrl(`/keywords/${encodeURIComponent(entry.slug)}/`) })),
    ...posts.map((post) => ({ url: absoluteUrl(post.urlPath), ...(post.date ? { lastModified: post.date.dateTime } : {}) })),
    ...pages.map((page) => ({ url: absoluteUrl(page.urlPath) })),
  ];
}
