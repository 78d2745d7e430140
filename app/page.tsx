import type { Metadata } from 'next';
import { ContentProblems } from '@/components/ContentProblems';
import { HomeList } from '@/components/HomeList';
import { getAllPosts, getBodyErrors } from '@/lib/content';
import { uiStrings } from '@/lib/i18n';
import { listPage } from '@/lib/pagination';
import { site } from '@/lib/site';
import { alternatesFor } from './metadata';

export const metadata: Metadata = {
  alternates: alternatesFor('/'),
};

export default async function HomePage() {
  const ui = uiStrings(site.uiLanguage);
  const page = listPage(await getAllPosts(), site.pageSize, 1) ?? { number: 1, count: 1, items: [] };
  return (
    <section aria-labelledby="all-posts" className="home">
      <h1 id="all-posts">{ui.allPosts}</h1>
      {/* `next dev` only: a production build stops on these instead. */}
      {process.env.NODE_ENV === 'development' && <ContentProblems problems={await getBodyErrors()} heading={ui.contentErrors} />}
      <HomeList page={page} ui={ui} uiLanguage={site.uiLanguage} />
    </section>
  );
}
