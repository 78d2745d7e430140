import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SpeakerIndex } from '@/components/SpeakerIndex';
import { getAllPosts } from '@/lib/content';
import { EMPTY_ROUTE_SEGMENT, withPlaceholderIfEmpty } from '@/lib/empty-routes';
import { uiStrings } from '@/lib/i18n';
import { site } from '@/lib/site';
import { siteSpeakers, speakerPagePath } from '@/lib/talks/speakers';
import { alternatesFor } from '../../../metadata';
import { exportParams } from '@/lib/export-params';

interface SpeakerPageProps {
  params: Promise<{ number: string }>;
}

const ui = uiStrings(site.uiLanguage);

/** The pages past the first of a speaker index too long for one: /speakers/page/2/. */
export function generateStaticParams(): Promise<Array<{ number: string }>> {
  return exportParams(async () => {
    const later = siteSpeakers(await getAllPosts()).pages.filter((page) => page.number > 1);
    return withPlaceholderIfEmpty(
      later.map((page) => ({ number: String(page.number) })),
      { number: EMPTY_ROUTE_SEGMENT },
    );
  });
}

async function found(params: SpeakerPageProps['params']) {
  const number = Number((await params).number);
  const { pages } = siteSpeakers(await getAllPosts());
  const page = number >= 2 ? pages[number - 1] : undefined;
  return page ? { page, total: pages.reduce((sum, entry) => sum + entry.speakers.length, 0) } : undefined;
}

export async function generateMetadata({ params }: SpeakerPageProps): Promise<Metadata> {
  const page = (await found(params))?.page;
  return page ? { title: `${ui.allSpeakers} · ${ui.pageOf(page.number, page.count)}`, alternates: alternatesFor(speakerPagePath(page.number)) } : {};
}

export default async function SpeakerPageNumber({ params }: SpeakerPageProps) {
  const result = await found(params);
  if (!result) notFound();
  return <SpeakerIndex page={result.page} total={result.total} ui={ui} />;
}
