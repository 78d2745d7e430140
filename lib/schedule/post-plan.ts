import { slug } from 'github-slugger';
import { talkSlug } from '../outline/talk-id';
import { longDate, postLabels, type PostLabels } from './post-labels';
import type { Schedule, ScheduleTalk } from './types';

/*
 * A schedule laid out as a post: every day, session and talk with the id it
 * carries in the Markdown (`{#id}`) and the lines that write it. The ids
 * depend on the schedule alone, so `--update` finds in a post what an
 * earlier run wrote, even after the author renamed a heading or a title.
 */

export interface PlannedTalk {
  id: string;
  talk: ScheduleTalk;
  /** The list item: title line, then speakers, time and links. */
  lines: string[];
}

export interface PlannedSession {
  id: string;
  name: string;
  heading: string;
  /** Every talk, cancelled ones included (`--update` marks them). */
  talks: PlannedTalk[];
}

export interface PlannedDay {
  id: string;
  date: string;
  heading: string;
  sessions: PlannedSession[];
}

export interface PostPlan {
  days: PlannedDay[];
  labels: PostLabels;
  language: string;
}

const ENTITIES: Record<string, string> = { '[': '&#91;', ']': '&#93;', '<': '&lt;', '>': '&gt;', $: '&#36;', '\\': '&#92;', '&': '&amp;' };

/**
 * A title or a name as Markdown text that reads back as written. Brackets,
 * dollars and backslashes become character references rather than
 * backslash escapes: `\[` and `$` open formulas here, as on MathJax blogs.
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[[\]<>$\\&`*_{}#|~!]/g, (character) => ENTITIES[character] ?? `\\${character}`);

const linkTarget = (url: string) => (/[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url);

const isCjk = (language: string) => /^(zh|ja)\b/i.test(language);

/** `09:30–10:15`, or the start alone. */
export const timeRange = (talk: Pick<ScheduleTalk, 'start' | 'end'>): string => (talk.end && talk.end !== talk.start ? `${talk.start}–${talk.end}` : talk.start);

function talkLines(talk: ScheduleTalk, id: string, labels: PostLabels, language: string): string[] {
  const parts: string[] = [];
  if (talk.speakers.length > 0) {
    const names = talk.speakers.map(escapeMarkdown).join(isCjk(language) ? '、' : ', ');
    parts.push(`${labels.speakers}${labels.speakers.endsWith(':') ? ' ' : ''}${names}`);
  }
  parts.push(timeRange(talk));
  for (const link of talk.links) parts.push(`[${labels.links[link.kind]}](${linkTarget(link.url)})`);
  return [`* ${escapeMarkdown(talk.title)} {#${id}} <br>`, `  ${parts.join(' · ')}`];
}

class Ids {
  private readonly taken = new Set<string>();
  claim(wanted: string, fallback: string): string {
    const base = wanted || fallback;
    let id = base;
    for (let suffix = 2; this.taken.has(id); suffix += 1) id = `${base}-${suffix}`;
    this.taken.add(id);
    return id;
  }
}

export function planPost(schedule: Schedule, language: string): PostPlan {
  const labels = postLabels(language);
  const ids = new Ids();
  const days = schedule.days.map((day, dayIndex): PlannedDay => {
    const dayId = ids.claim(`day-${day.date}`, `day-${dayIndex + 1}`);
    return {
      id: dayId,
      date: day.date,
      heading: `## ${labels.day(dayIndex + 1)} · ${longDate(day.date, language)} {#${dayId}}`,
      sessions: day.sessions.map((session, sessionIndex): PlannedSession => {
        const name = session.name || labels.talks;
        const sessionId = ids.claim(`${day.date}-${slug(name)}`, `${day.date}-${sessionIndex + 1}`);
        return {
          id: sessionId,
          name,
          heading: `### ${escapeMarkdown(name)} {#${sessionId}}`,
          talks: session.talks.map((talk): PlannedTalk => {
            const id = ids.claim(talkSlug(talk.title), `talk-${slug(talk.sourceId)}`);
            return { id, talk, lines: talkLines(talk, id, labels, language) };
          }),
        };
      }),
    };
  });
  return { days, labels, language };
}

/** The lines of a session as a new post or `--update` writes it: heading, then its talks that are not cancelled. */
export function sessionLines(session: PlannedSession): string[] {
  return [session.heading, '', ...session.talks.filter((entry) => !entry.talk.cancelled).flatMap((entry) => [...entry.lines, ''])];
}

export function dayLines(day: PlannedDay): string[] {
  return [day.heading, '', ...day.sessions.filter((session) => session.talks.some((entry) => !entry.talk.cancelled)).flatMap(sessionLines)];
}
