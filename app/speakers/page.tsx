import type { Metadata } from 'next';
import { SpeakerIndex } from '@/components/SpeakerIndex';
import { getAllPosts } from '@/lib/content';
import { uiStrings } from '@/lib/i18n';
import { site } from '@/lib/site';
import { siteSpeakers } from '@/lib/talks/speakers';
import { alternatesFor } from '../metadata';

const ui = uiStrings(site.uiLanguage);

export const metadata: Metadata = {
  title: ui.allSpeakers,
  alternates: alternatesFor('/speakers/'),
};

export default async function SpeakersPage() {
  const { pages } = siteSpeakers(await getAllPosts());
  const total = pages.reduce((sum, page) => sum + page.speakers.length, 0);
  return <SpeakerIndex page={pages[0]} total={total} ui={ui} />;
}
