import type { Metadata } from 'next';
import { TalkIndex } from '@/components/TalkIndex';
import { getAllPosts } from '@/lib/content';
import { uiStrings } from '@/lib/i18n';
import { countOutline } from '@/lib/outline/types';
import { site } from '@/lib/site';
import { alternatesFor } from '../metadata';

const ui = uiStrings(site.uiLanguage);

export const metadata: Metadata = {
  title: ui.allTalks,
  alternates: alternatesFor('/talks/'),
};

export default async function TalksPage() {
  const conferences = (await getAllPosts()).filter((post) => post.outline.kind === 'conference' && countOutline(post.outline).talks > 0);
  return (
    <section aria-labelledby="all-talks" className="talks-page">
      <h1 id="all-talks">{ui.allTalks}</h1>
      <TalkIndex posts={conferences} ui={ui} uiLanguage={site.uiLanguage} />
    </section>
  );
}
