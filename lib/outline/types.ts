/*
 * The structure of a conference post: days → sessions → talks, plus the
 * sections that belong to no day. Built by rehype-conference-outline in the
 * same pass that lays out the page, so every id here is an id on the page.
 */

export interface OutlineTalk {
  id: string;
  title: string;
  /** The first sentence of its summary, for lists of talks (the talk index). */
  summary?: string | undefined;
  /** Who gave it, as lib/outline/speakers.ts reads the line under the title (or the title); absent when nobody is named. */
  speakers?: string[] | undefined;
}

export interface OutlineSession {
  type: 'session';
  id: string;
  /** The heading's full text ('Day 1 上午的主会场'). */
  title: string;
  /** What the session list shows: the text after the day marker ('上午的主会场'), else the title. */
  label: string;
  talks: OutlineTalk[];
}

export interface OutlineDay {
  type: 'day';
  /** The day heading's id, or the id of the <section> grouping the sessions of a day that has no heading of its own. */
  id: string;
  /** 'Day 1', '第一天', 'Monday, 6 June': the day marker as the author wrote it. */
  label: string;
  /** True when the day has a heading of its own (`## Day 1`). */
  hasHeading: boolean;
  sessions: OutlineSession[];
}

/**
 * A top-level section outside any day in conference notes (an introduction,
 * an afterword); in an article, a heading of its contents, with the headings
 * one level below it.
 */
export interface OutlineSection {
  type: 'section';
  id: string;
  title: string;
  children?: OutlineSection[] | undefined;
}

/** In document order. Posts without days have sessions at the top level. */
export type OutlineEntry = OutlineDay | OutlineSession | OutlineSection;

/**
 * Conference notes (days, sessions, talks) or an article (a use-case
 * write-up, a checklist: its lists stay lists, its outline is a contents
 * list). See rehype-conference-outline for the rule.
 */
export type PostKind = 'conference' | 'article';

export interface Outline {
  kind: PostKind;
  /** Why the post is of that kind, for `npm run check -- --verbose`. */
  kindReason: string;
  /** Line of the body that decided it (the first heading with a day marker), when one did. */
  kindLine?: number | undefined;
  entries: OutlineEntry[];
}

export interface OutlineCounts {
  days: number;
  sessions: number;
  talks: number;
}

export function countOutline(outline: Outline): OutlineCounts {
  const sessions = outline.entries.flatMap((entry) =>
    entry.type === 'day' ? entry.sessions : entry.type === 'session' ? [entry] : [],
  );
  return {
    days: outline.entries.filter((entry) => entry.type === 'day').length,
    sessions: sessions.length,
    talks: sessions.reduce((total, session) => total + session.talks.length, 0),
  };
}

/** Every linkable entry (days, sessions, talks, sections), in document order. */
export function outlineTargets(outline: Outline): string[] {
  const section = (entry: OutlineSection): string[] => [entry.id, ...(entry.children ?? []).flatMap(section)];
  return outline.entries.flatMap((entry) => {
    if (entry.type === 'section') return section(entry);
    const sessions = entry.type === 'day' ? entry.sessions : [entry];
    const sessionIds = sessions.flatMap((session) => [session.id, ...session.talks.map((talk) => talk.id)]);
    return entry.type === 'day' ? [entry.id, ...sessionIds] : sessionIds;
  });
}

/** The same outline with each talk's summary sentence, where `summaries` has one for its id. */
export function withTalkSummaries(outline: Outline, summaries: ReadonlyMap<string, string>): Outline {
  const session = (entry: OutlineSession): OutlineSession => ({
    ...entry,
    talks: entry.talks.map((talk) => {
      const summary = summaries.get(talk.id);
      return summary ? { ...talk, summary } : talk;
    }),
  });
  return {
    ...outline,
    entries: outline.entries.map((entry) => {
      if (entry.type === 'day') return { ...entry, sessions: entry.sessions.map(session) };
      return entry.type === 'session' ? session(entry) : entry;
    }),
  };
}

/** Every talk of a conference post, in document order; none for an article. */
export function outlineTalks(outline: Outline): OutlineTalk[] {
  if (outline.kind !== 'conference') return [];
  return outline.entries.flatMap((entry) => (entry.type === 'day' ? entry.sessions : entry.type === 'session' ? [entry] : [])).flatMap((session) => session.talks);
}
