import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TalkYearPage } from '@/components/TalkYearPage';
import { getAllPosts } from '@/lib/content';
import { EMPTY_ROUTE_SEGMENT, withPlaceholderIfEmpty } from '@/lib/empty-routes';
import { uiStrings } from '@/lib/i18n';
import { site } from '@/lib/site';
import { siteTalks, speakerHrefOf, talkPageAt } from '@/lib/talks/site-talks';
import { talkPagePath } from '@/lib/talks/talk-years';
import { alternatesFor } from '../../../../metadata';
import { exportParams } from '@/lib/export-params';

interface TalkYearPageNumberProps {
  params: Promise<{ year: string; number: string }>;
}

const ui = uiStrings(site.uiLanguage);

/** The pages past the first of a year with more talks than one page holds: /talks/2019/page/2/. */
export function generateStaticParams(): Promise<Array<{ year: string; number: string }>> {
  return exportParams(async () => {
    const later = siteTalks(await getAllPosts()).pages.filter((page) => page.number > 1);
    return withPlaceholderIfEmpty(
      later.map((page) => ({ year: page.year, number: String(page.number) })),
      { year: EMPTY_ROUTE_SEGMENT, number: EMPTY_ROUTE_SEGMENT },
    );
  });
}

async function found(params: TalkYearPageNumberProps['params']) {
  const { year, number } = await params;
  return Number(number) >= 2 ? talkPageAt(await getAllPosts(), year, Number(number)) : undefined;
}

export async function generateMetadata({ params }: TalkYearPageNumberProps): Promise<Metadata> {
  const page = (await found(params))?.page;
  return page ? { title: `${ui.talkYearTitle(page.year)} · ${ui.pageOf(page.number, page.count)}`, alternates: alternatesFor(talkPagePath(page)) } : {};
}

export default async function TalkYearPageNumber({ params }: TalkYearPageNumberProps) {
  const page = await found(params);
  if (!page) notFound();
  return <TalkYearPage {...page} speakerHref={speakerHrefOf(await getAllPosts())} ui={ui} uiLanguage={site.uiLanguage} />;
}
