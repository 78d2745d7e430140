import type { Post } from '@/lib/content';
import type { UiStrings } from '@/lib/i18n';
import { sitePath } from '@/lib/site';
import type { UiLanguage } from '@/lib/site-config-schema';
import { UNDATED, talkPagePath, type TalkPage } from '@/lib/talks/talk-years';
import { TalkIndex } from './TalkIndex';

export interface TalkYearPageProps {
  page: TalkPage<Post>;
  /** The pages before and after it across years, newest first: the previous year's last page, the next year's first. */
  newer: TalkPage<Post> | undefined;
  older: TalkPage<Post> | undefined;
  /** Where a speaker's name links: their entry on the speaker index. */
  speakerHref: (name: string) => string | undefined;
  ui: UiStrings;
  uiLanguage: UiLanguage;
}

/** A page of a year's talks, with links to the pages before and after it and to the index of years. */
export function TalkYearPage({ page, newer, older, speakerHref, ui, uiLanguage }: TalkYearPageProps) {
  const label = (other: TalkPage<Post>) => {
    const year = other.year === UNDATED ? ui.undated : other.year;
    return other.count > 1 ? `${year}, ${ui.pageOf(other.number, other.count)}` : year;
  };
  return (
    <section aria-labelledby="talk-year" className="talks-page">
      <h1 id="talk-year">{ui.talkYearTitle(page.year)}</h1>
      {page.count > 1 && <p className="list-pagination-where">{ui.pageOf(page.number, page.count)}</p>}
      <nav className="list-pagination" aria-label={ui.talkYears}>
        {newer && (
          <a href={sitePath(talkPagePath(newer))} rel="prev">
            ← {label(newer)}
          </a>
        )}
        <a href={sitePath('/talks/')}>{ui.allYears}</a>
        {older && (
          <a href={sitePath(talkPagePath(older))} rel="next">
            {label(older)} →
          </a>
        )}
      </nav>
      <TalkIndex posts={page.posts} speakerHref={speakerHref} ui={ui} uiLanguage={uiLanguage} />
    </section>
  );
}
