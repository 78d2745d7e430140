import { countOutline, type Outline } from '../outline/types';
import { listPagePath, pagesByWeight } from '../pagination';

/*
 * The talk index, a page per year: at a thousand posts the whole list was
 * one page of 6.5 MB, which a phone must lay out before the reader can type.
 * Each year's page lists that year's conferences; the index lists the
 * years, and its filter searches every year through a small JSON file per
 * year, fetched when the reader first types.
 */

/** Posts without a date are listed under this name. */
export const UNDATED = 'undated';

interface TalkPost {
  urlPath: string;
  title: string;
  keywords: readonly string[];
  date: { year: number } | undefined;
  outline: Outline;
}

export interface TalkYear<P> {
  /** '2019', or 'undated'. */
  year: string;
  /** Conference posts with talks, in the order given (newest first). */
  posts: P[];
  talks: number;
}

/** The conference posts that have talks, by year, newest year first, undated last. */
export function talkYears<P extends TalkPost>(posts: readonly P[]): Array<TalkYear<P>> {
  const byYear = new Map<string, TalkYear<P>>();
  for (const post of posts) {
    const talks = post.outline.kind === 'conference' ? countOutline(post.outline).talks : 0;
    if (talks === 0) continue;
    const year = post.date ? String(post.date.year) : UNDATED;
    const entry = byYear.get(year) ?? { year, posts: [], talks: 0 };
    entry.posts.push(post);
    entry.talks += talks;
    byYear.set(year, entry);
  }
  return [...byYear.values()].sort((a, b) => (a.year === UNDATED ? 1 : b.year === UNDATED ? -1 : Number(b.year) - Number(a.year)));
}

/** One talk as the index's filter reads it: title, address, summary, conference, its keywords and year, speakers. */
export interface TalkRecord {
  t: string;
  u: string;
  s: string;
  c: string;
  k: string;
  y: string;
  /** Its speakers, ', '-separated; '' when the notes name none. */
  p: string;
}

/** A year's talks for the filter, each linking to its anchor (`href` gives a post's address as readers follow it). */
export function talkRecords(year: TalkYear<TalkPost>, href: (urlPath: string) => string): TalkRecord[] {
  return year.posts.flatMap((post) =>
    post.outline.entries.flatMap((entry) => {
      const sessions = entry.type === 'day' ? entry.sessions : entry.type === 'session' ? [entry] : [];
      return sessions.flatMap((session) =>
        session.talks.map((talk) => ({ t: talk.title, u: `${href(post.urlPath)}#${talk.id}`, s: talk.summary ?? '', c: post.title, k: post.keywords.join(' '), y: year.year, p: (talk.speakers ?? []).join(', ') })),
      );
    }),
  );
}

/** One page of a year's talks: the first at /talks/<year>/, the others at /talks/<year>/page/<n>/. */
export interface TalkPage<P> {
  year: string;
  /** 1-based, within the year. */
  number: number;
  /** The year's pages. */
  count: number;
  posts: P[];
}

/**
 * The bytes of talk lists one page holds at most. A year of a daily blog
 * holds thousands of talks; whole conferences fill a page up to this, which
 * keeps the page (talks plus each conference's heading) far below 512 KB.
 */
export const TALK_PAGE_BUDGET = 256 * 1024;

/** Every year's talks cut into pages of whole conferences, each within `budget` by `weight` (a conference's talk list in bytes). */
export function talkPages<P extends TalkPost>(years: ReadonlyArray<TalkYear<P>>, weight: (post: P) => number, budget = TALK_PAGE_BUDGET): Array<TalkPage<P>> {
  return years.flatMap((year) => {
    const pages = pagesByWeight(year.posts, weight, budget);
    return pages.map((posts, index) => ({ year: year.year, number: index + 1, count: pages.length, posts }));
  });
}

/** The address of a page of a year's talks. */
export function talkPagePath(page: Pick<TalkPage<unknown>, 'year' | 'number'>): string {
  return listPagePath(`/talks/${page.year}/`, page.number);
}
