import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { KeywordPosts } from '@/components/KeywordPosts';
import { getKeywordIndex } from '@/lib/content';
import { EMPTY_ROUTE_SEGMENT, withPlaceholderIfEmpty } from '@/lib/empty-routes';
import { uiStrings } from '@/lib/i18n';
import { laterPages, listPage, listPagePath } from '@/lib/pagination';
import { site } from '@/lib/site';
import { safeDecode } from '@/lib/urls';
import { alternatesFor } from '../../../../metadata';
import { exportParams } from '@/lib/export-params';

interface KeywordPageNumberProps {
  params: Promise<{ keyword: string; number: string }>;
}

const ui = uiStrings(site.uiLanguage);

/** A keyword's pages past the first: /keywords/<keyword>/page/2/… */
export function generateStaticParams(): Promise<Array<{ keyword: string; number: string }>> {
  return exportParams(async () => {
    const params = (await getKeywordIndex()).flatMap((entry) => laterPages(entry.posts.length, site.pageSize).map((number) => ({ keyword: entry.slug, number: String(number) })));
    return withPlaceholderIfEmpty(params, { keyword: EMPTY_ROUTE_SEGMENT, number: EMPTY_ROUTE_SEGMENT });
  });
}

async function pageOf(params: KeywordPageNumberProps['params']) {
  const { keyword, number } = await params;
  const entry = (await getKeywordIndex()).find((candidate) => candidate.slug === safeDecode(keyword));
  const page = entry && Number(number) >= 2 ? listPage(entry.posts, site.pageSize, Number(number)) : undefined;
  return entry && page ? { entry, page } : undefined;
}

export async function generateMetadata({ params }: KeywordPageNumberProps): Promise<Metadata> {
  const found = await pageOf(params);
  if (!found) return {};
  return { title: `${ui.keywordPageTitle(found.entry.keyword)} · ${ui.pageOf(found.page.number, found.page.count)}`, alternates: alternatesFor(listPagePath(`/keywords/${found.entry.slug}/`, found.page.number)) };
}

export default async function KeywordPageNumber({ params }: KeywordPageNumberProps) {
  const found = await pageOf(params);
  if (!found) notFound();
  return <KeywordPosts entry={found.entry} page={found.page} ui={ui} uiLanguage={site.uiLanguage} />;
}
