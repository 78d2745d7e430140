import type { Metadata } from 'next';
import { getKeywordIndex } from '@/lib/content';
import { uiStrings } from '@/lib/i18n';
import { site, sitePath } from '@/lib/site';
import { alternatesFor } from '../metadata';

const ui = uiStrings(site.uiLanguage);

export const metadata: Metadata = {
  title: ui.allKeywords,
  alternates: alternatesFor('/keywords/'),
};

export default async function KeywordsPage() {
  const keywords = await getKeywordIndex();
  return (
    <section aria-labelledby="all-keywords" className="keywords-page">
      <h1 id="all-keywords">{ui.allKeywords}</h1>
      <ul className="keyword-list">
        {keywords.map((entry) => (
          <li key={entry.slug}>
            <a href={sitePath(`/keywords/${entry.slug}/`)}>{entry.keyword}</a> <span className="keyword-count">({ui.postCount(entry.posts.length)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
