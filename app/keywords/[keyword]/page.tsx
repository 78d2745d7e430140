import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { KeywordPosts } from '@/components/KeywordPosts';
import { getKeywordIndex } from '@/lib/content';
import { EMPTY_ROUTE_SEGMENT, withPlaceholderIfEmpty } from '@/lib/empty-routes';
import { uiStrings } from '@/lib/i18n';
import { listPage } from '@/lib/pagination';
import { safeDecode } from '@/lib/urls';
import { site } from '@/lib/site';
import { alternatesFor } from '../../metadata';
import { exportParams } from '@/lib/export-params';

interface KeywordPageProps {
  params: Promise<{ keyword: string }>;
}

const ui = uiStrings(site.uiLanguage);

export function generateStaticParams(): Promise<Array<{ keyword: string }>> {
  return exportParams(async () => withPlaceholderIfEmpty((await getKeywordIndex()).map((entry) => ({ keyword: entry.slug })), { keyword: EMPTY_ROUTE_SEGMENT }));
}

/* Next.js hands over the segment as written in the address: percent-encoded for 性能. */
async function keywordOf(params: KeywordPageProps['params']) {
  const slug = safeDecode((await params).keyword);
  return (await getKeywordIndex()).find((entry) => entry.slug === slug);
}

export async function generateMetadata({ params }: KeywordPageProps): Promise<Metadata> {
  const entry = await keywordOf(params);
  if (!entry) return {};
  return { title: ui.keywordPageTitle(entry.keyword), alternates: alternatesFor(`/keywords/${entry.slug}/`) };
}

export default async function KeywordPage({ params }: KeywordPageProps) {
  const entry = await keywordOf(params);
  const page = entry && listPage(entry.posts, site.pageSize, 1);
  if (!entry || !page) notFound();
  return <KeywordPosts entry={entry} page={page} ui={ui} uiLanguage={site.uiLanguage} />;
}
