import type { UiStrings } from '@/lib/i18n';
import { sitePath } from '@/lib/site';
import { UNDATED, talkPagePath, type TalkPage, type TalkYear } from '@/lib/talks/talk-years';

/**
 * The talk index: the years, each linking to its page of talks, and a
 * filter that finds a talk in every year. Without JavaScript the years are
 * links to every talk; the reader script fetches each year's talks.json when
 * the reader first types (data-talk-years, data-talk-source) and lists what
 * matches below the box.
 */
export function TalkYears({ years, pages, ui }: { years: ReadonlyArray<TalkYear<unknown>>; pages: ReadonlyArray<TalkPage<unknown>>; ui: UiStrings }) {
  const talks = years.reduce((total, year) => total + year.talks, 0);
  const conferences = years.reduce((total, year) => total + year.posts.length, 0);
  if (talks === 0) return <p>{ui.noTalks}</p>;
  return (
    <>
      <p className="talk-index-count">{ui.talkIndexSummary(talks, conferences)}</p>
      <div
        className="talk-filter"
        data-talk-filter=""
        data-status-template={ui.talkFilterStatus}
        data-talk-years={years.map((year) => year.year).join(' ')}
        data-talk-source={sitePath('/talks/{year}/talks.json')}
        data-talk-total={talks}
      >
        <label htmlFor="talk-filter-input">{ui.talkFilterLabel}</label>
        <input id="talk-filter-input" type="search" autoComplete="off" placeholder={ui.talkFilterPlaceholder} />
        <p className="talk-filter-status" role="status" />
        <ol className="talk-filter-results" hidden />
      </div>
      <nav aria-label={ui.talkYears}>
        <ol className="talk-years">
          {years.map((year) => (
            <li key={year.year}>
              <a href={sitePath(`/talks/${year.year}/`)}>{year.year === UNDATED ? ui.undated : year.year}</a> <span className="talk-years-count">{ui.talkIndexSummary(year.talks, year.posts.length)}</span>
              <YearPages pages={pages.filter((page) => page.year === year.year)} ui={ui} />
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}

/** A year cut into several pages links to each, so every talk is a link or two from the index. */
function YearPages({ pages, ui }: { pages: ReadonlyArray<TalkPage<unknown>>; ui: UiStrings }) {
  if (pages.length <= 1) return null;
  return (
    <ol className="talk-year-pages" aria-label={ui.listPages}>
      {pages.map((page) => (
        <li key={page.number}>
          <a href={sitePath(talkPagePath(page))} aria-label={ui.pageOf(page.number, page.count)}>
            {page.number}
          </a>
        </li>
      ))}
    </ol>
  );
}
