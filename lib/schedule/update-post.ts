import { dayLines, planPost, sessionLines, timeRange, type PlannedDay, type PlannedSession, type PlannedTalk } from './post-plan';
import type { PostLabels } from './post-labels';
import type { Schedule } from './types';

/*
 * `npm run new -- --schedule <file> --update <post>`: brings a post written
 * from a schedule up to date with the schedule as it is now. It only ever
 * inserts lines: talks, sessions and days that appeared, and a marked line
 * under each talk that moved, was cancelled or left the schedule. Every
 * line the author has (summaries, talks they added, headings they renamed)
 * stays as it was, in its place. Days, sessions and talks are found by the
 * ids the schedule gave them (`{#id}`), which survive a renamed heading.
 */

export interface UpdateReport {
  text: string;
  added: { days: string[]; sessions: string[]; talks: string[] };
  marked: { moved: string[]; cancelled: string[]; dropped: string[] };
}

interface Located {
  id: string;
  line: number;
  /** Heading level; 0 for a talk. */
  level: number;
  /** For a talk: the id of the session heading it is under. */
  session: string | undefined;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const EXPLICIT_ID = /\{:?\s*#([^}\s]+)\s*\}\s*(?:<br\s*\/?>\s*)?$/;
const TALK_START = /^[*+-]\s+\S/;
const FENCE = /^\s*(```|~~~)/;
const TIME = /\b(\d{1,2}:\d{2})\b/;

class PostLines {
  readonly lines: string[];
  readonly headings: Array<{ line: number; level: number; id: string | undefined }> = [];
  readonly talkStarts: number[] = [];
  readonly byId = new Map<string, Located>();

  constructor(source: string) {
    this.lines = source.split('\n');
    let line = 0;
    if (this.lines[0]?.trim() === '---') {
      line = this.lines.findIndex((text, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(text)) + 1;
    }
    let fenced = false;
    let session: string | undefined;
    for (; line < this.lines.length; line += 1) {
      const text = this.lines[line] ?? '';
      if (FENCE.test(text)) fenced = !fenced;
      if (fenced) continue;
      const heading = HEADING.exec(text);
      if (heading) {
        const id = EXPLICIT_ID.exec(text)?.[1];
        const level = heading[1]?.length ?? 1;
        this.headings.push({ line, level, id });
        if (id) this.byId.set(id, { id, line, level, session: undefined });
        session = id;
        continue;
      }
      if (TALK_START.test(text)) {
        this.talkStarts.push(line);
        const id = EXPLICIT_ID.exec(text)?.[1];
        if (id && !this.byId.has(id)) this.byId.set(id, { id, line, level: 0, session });
      }
    }
  }

  /** The first line after `from` that ends the block `from` starts. */
  endOf(found: Located): number {
    const ends = found.level === 0
      ? [...this.talkStarts.filter((line) => line > found.line), ...this.headings.filter((heading) => heading.line > found.line).map((heading) => heading.line)]
      : this.headings.filter((heading) => heading.line > found.line && heading.level <= found.level).map((heading) => heading.line);
    return Math.min(this.lines.length, ...ends);
  }

  /** Where a block goes after the block `found` starts: after its last line that is not blank. */
  after(found: Located): number {
    let end = this.endOf(found);
    while (end - 1 > found.line && (this.lines[end - 1] ?? '').trim() === '') end -= 1;
    return end;
  }

  /** The first line with a time under a talk's title, within the talk. */
  metaLine(talk: Located): number | undefined {
    const next = talk.line + 1;
    return next < this.endOf(talk) && TIME.test(this.lines[next] ?? '') ? next : undefined;
  }
}

class Insertions {
  private readonly entries: Array<{ at: number; order: number; lines: string[] }> = [];
  add(at: number, lines: string[]): void {
    this.entries.push({ at, order: this.entries.length, lines });
  }
  apply(lines: readonly string[]): string[] {
    const result = [...lines];
    const sorted = [...this.entries].sort((a, b) => b.at - a.at || b.order - a.order);
    for (const entry of sorted) result.splice(entry.at, 0, ...entry.lines);
    return result;
  }
}

const trimBlank = (lines: string[]) => {
  const result = [...lines];
  while (result.length > 0 && (result[result.length - 1] ?? '').trim() === '') result.pop();
  return result;
};

/** Place `block` right after the block of the nearest earlier item present in the post, else before the first later one, else at `fallback`. */
function place<T extends { id: string }>(post: PostLines, insertions: Insertions, items: readonly T[], index: number, block: string[], fallback: number): void {
  const lines = trimBlank(block);
  for (let earlier = index - 1; earlier >= 0; earlier -= 1) {
    const found = post.byId.get(items[earlier]?.id ?? '');
    if (found) return insertions.add(post.after(found), ['', ...lines]);
  }
  for (let later = index + 1; later < items.length; later += 1) {
    const found = post.byId.get(items[later]?.id ?? '');
    if (found) return insertions.add(found.line, [...lines, '']);
  }
  insertions.add(fallback, ['', ...lines]);
}

export function updatePost(source: string, schedule: Schedule, language: string): UpdateReport {
  const post = new PostLines(source);
  const plan = planPost(schedule, language);
  const insertions = new Insertions();
  const report: UpdateReport = { text: source, added: { days: [], sessions: [], talks: [] }, marked: { moved: [], cancelled: [], dropped: [] } };
  const live = (talks: readonly PlannedTalk[]) => talks.filter((entry) => !entry.talk.cancelled);

  plan.days.forEach((day: PlannedDay, dayIndex) => {
    const dayFound = post.byId.get(day.id);
    if (!dayFound) {
      if (day.sessions.every((session) => live(session.talks).length === 0)) return;
      place(post, insertions, plan.days, dayIndex, dayLines(day), trimmedLength(post.lines));
      report.added.days.push(day.heading);
      return;
    }
    day.sessions.forEach((session: PlannedSession, sessionIndex) => {
      const sessionFound = post.byId.get(session.id);
      if (!sessionFound) {
        if (live(session.talks).length === 0) return;
        place(post, insertions, day.sessions, sessionIndex, sessionLines(session), post.after(dayFound));
        report.added.sessions.push(session.name);
        return;
      }
      session.talks.forEach((entry, talkIndex) => {
        if (entry.talk.cancelled || post.byId.has(entry.id)) return;
        place(post, insertions, session.talks, talkIndex, entry.lines, post.after(sessionFound));
        report.added.talks.push(entry.talk.title);
      });
    });
  });

  const planned = new Map(plan.days.flatMap((day, dayIndex) => day.sessions.flatMap((session) => session.talks.map((entry) => [entry.id, { entry, session, dayIndex }] as const))));
  const plannedSessions = new Set(plan.days.flatMap((day) => day.sessions.map((session) => session.id)));
  for (const found of post.byId.values()) {
    if (found.level !== 0) continue;
    const meta = post.metaLine(found);
    const change = talkChange(post, found, meta, planned.get(found.id), plannedSessions, plan.labels);
    if (!change) continue;
    const markLine = `  > ${change.mark}`;
    // Marked by an earlier run: nothing new to say.
    if (post.lines.slice(found.line, post.endOf(found)).includes(markLine)) continue;
    report.marked[change.kind].push(change.title);
    // The blank line after keeps an author's next line out of the quote.
    insertions.add((meta ?? found.line) + 1, ['', markLine, '']);
  }

  report.text = insertions.apply(post.lines).join('\n');
  return report;
}

/** The end of the post, before its trailing blank lines. */
function trimmedLength(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return end;
}

interface PlannedPlace {
  entry: PlannedTalk;
  session: PlannedSession;
  dayIndex: number;
}

/** What became of a talk of the post in the schedule: cancelled, moved (room or time), gone; undefined when nothing. */
function talkChange(
  post: PostLines,
  found: Located,
  meta: number | undefined,
  where: PlannedPlace | undefined,
  plannedSessions: ReadonlySet<string>,
  labels: PostLabels,
): { kind: keyof UpdateReport['marked']; mark: string; title: string } | undefined {
  if (where?.entry.talk.cancelled) return { kind: 'cancelled', mark: labels.cancelled, title: where.entry.talk.title };
  if (where) {
    const writtenTime = meta !== undefined ? TIME.exec(post.lines[meta] ?? '')?.[1] : undefined;
    const movedRoom = found.session !== undefined && plannedSessions.has(found.session) && found.session !== where.session.id;
    const movedTime = writtenTime !== undefined && writtenTime.padStart(5, '0') !== where.entry.talk.start;
    if (!movedRoom && !movedTime) return undefined;
    return { kind: 'moved', mark: labels.moved(`${labels.day(where.dayIndex + 1)} ${timeRange(where.entry.talk)}`, where.session.name), title: where.entry.talk.title };
  }
  // A talk the schedule wrote (an id, a line of times, in a room of the schedule) that the schedule no longer has.
  if (meta === undefined || found.session === undefined || !plannedSessions.has(found.session)) return undefined;
  const title = (post.lines[found.line] ?? '').replace(/^[*+-]\s+/, '').replace(EXPLICIT_ID, '').trim();
  return { kind: 'dropped', mark: labels.dropped, title };
}
