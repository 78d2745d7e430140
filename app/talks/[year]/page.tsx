import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TalkYearPage } from '@/components/TalkYearPage';
import { getAllPosts } from '@/lib/content';
import { EMPTY_ROUTE_SEGMENT, withPlaceholderIfEmpty } from '@/lib/empty-routes';
import { uiStrings } from '@/lib/i18n';
import { site } from '@/lib/site';
import { siteTalks, speakerHrefOf, talkPageAt } from '@/lib/talks/site-talks';
import { talkPagePath } from '@/lib/talks/talk-years';
import { alternatesFor } from '../../metadata';
import { exportParams } from '@/lib/export-params';

interface TalkYearProps {
  params: Promise<{ year: string }>;
}

const ui = uiStrings(site.uiLanguage);

/** The first page of each year of the talk index: /talks/2019/, /talks/undated/. */
export function generateStaticParams(): Promise<Array<{ year: string }>> {
  return exportParams(async () => withPlaceholderIfEmpty(siteTalks(await getAllPosts()).years.map((entry) => ({ year: entry.year })), { year: EMPTY_ROUTE_SEGMENT }));
}

export async function generateMetadata({ params }: TalkYearProps): Promise<Metadata> {
  const found = talkPageAt(await getAllPosts(), (await params).year, 1);
  if (!found) return {};
  const { page } = found;
  return { title: page.count > 1 ? `${ui.talkYearTitle(page.year)} · ${ui.pageOf(page.number, page.count)}` : ui.talkYearTitle(page.year), alternates: alternatesFor(talkPagePath(page)) };
}

export default async function TalkYear({ params }: TalkYearProps) {
  const posts = await getAllPosts();
  const found = talkPageAt(posts, (await params).year, 1);
  if (!found) notFound();
  return <TalkYearPage {...found} speakerHref={speakerHrefOf(posts)} ui={ui} uiLanguage={site.uiLanguage} />;
}
