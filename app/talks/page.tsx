import type { Metadata } from 'next';
import { TalkYears } from '@/components/TalkYears';
import { getAllPosts } from '@/lib/content';
import { uiStrings } from '@/lib/i18n';
import { site } from '@/lib/site';
import { siteTalks } from '@/lib/talks/site-talks';
import { alternatesFor } from '../metadata';

const ui = uiStrings(site.uiLanguage);

export const metadata: Metadata = {
  title: ui.allTalks,
  alternates: alternatesFor('/talks/'),
};

export default async function TalksPage() {
  const { years, pages } = siteTalks(await getAllPosts());
  return (
    <section aria-labelledby="all-talks" className="talks-page">
      <h1 id="all-talks">{ui.allTalks}</h1>
      <TalkYears years={years} pages={pages} ui={ui} />
    </section>
  );
}
