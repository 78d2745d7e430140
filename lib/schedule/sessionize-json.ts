import { z } from 'zod';
import { cancelledByTitle, isCancelledState } from './group';
import type { ScheduleData, ScheduleLink, ScheduleTalk } from './types';
import { wallClockOf } from './wall-clock';
import { scheduleErrorOf } from './zod-issue';

/*
 * Sessionize's "All data" endpoint (/api/v2/<id>/view/All): sessions,
 * speakers, categories and rooms as flat lists joined by id. Times are the
 * event's local times, without an offset.
 */

const FORMAT = 'Sessionize JSON';

const id = z.union([z.string(), z.number()]).transform(String);

const session = z.looseObject({
  id,
  title: z.string({ error: "expected the session's title" }),
  startsAt: z.string().nullish(),
  endsAt: z.string().nullish(),
  isServiceSession: z.boolean().nullish(),
  speakers: z.array(id).nullish(),
  categoryItems: z.array(id).nullish(),
  roomId: id.nullish(),
  liveUrl: z.string().nullish(),
  recordingUrl: z.string().nullish(),
  status: z.string().nullish(),
});

export const sessionizeSchema = z.looseObject({
  sessions: z.array(session, { error: 'expected the list of sessions' }),
  speakers: z.array(z.looseObject({ id, fullName: z.string().nullish(), firstName: z.string().nullish(), lastName: z.string().nullish() })),
  rooms: z.array(z.looseObject({ id, name: z.string(), sort: z.number().nullish() })),
  categories: z.array(z.looseObject({ id, title: z.string(), items: z.array(z.looseObject({ id, name: z.string() })) })).nullish(),
});

export const looksLikeSessionize = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && 'sessions' in json && 'speakers' in json && 'rooms' in json;

export interface SessionizeResult {
  data: ScheduleData;
  /** Sessions left out, and why (unscheduled ones), for the command to print. */
  skipped: string[];
}

export function readSessionize(json: unknown): SessionizeResult {
  const parsed = sessionizeSchema.safeParse(json);
  if (!parsed.success) throw scheduleErrorOf(FORMAT, parsed.error);
  const { sessions, speakers, rooms, categories } = parsed.data;
  const speakerNames = new Map(speakers.map((speaker) => [speaker.id, (speaker.fullName ?? `${speaker.firstName ?? ''} ${speaker.lastName ?? ''}`).trim()]));
  const roomNames = new Map(rooms.map((room) => [room.id, room.name.trim()]));
  const trackItems = new Map((categories ?? []).filter((category) => /track/i.test(category.title)).flatMap((category) => category.items.map((item) => [item.id, item.name.trim()] as const)));
  const talks: ScheduleTalk[] = [];
  const skipped: string[] = [];
  for (const item of sessions) {
    if (item.isServiceSession) continue;
    const start = item.startsAt ? wallClockOf(item.startsAt, undefined) : undefined;
    if (!start) {
      skipped.push(`"${item.title}" has no time in the schedule`);
      continue;
    }
    const end = item.endsAt ? wallClockOf(item.endsAt, undefined) : undefined;
    const track = (item.categoryItems ?? []).map((entry) => trackItems.get(entry)).find((name) => name !== undefined);
    const links: ScheduleLink[] = [];
    if (item.recordingUrl) links.push({ kind: 'video', url: item.recordingUrl });
    else if (item.liveUrl) links.push({ kind: 'video', url: item.liveUrl });
    const title = cancelledByTitle(item.title.trim());
    talks.push({
      sourceId: item.id,
      title: title.title,
      speakers: (item.speakers ?? []).map((speaker) => speakerNames.get(speaker) ?? '').filter((name) => name !== ''),
      date: start.date,
      start: start.time,
      end: end?.time,
      room: (item.roomId !== undefined && item.roomId !== null ? roomNames.get(item.roomId) : undefined) ?? track ?? '',
      links,
      cancelled: title.cancelled || isCancelledState(item.status),
    });
  }
  const roomOrder = [...rooms].sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0)).map((room) => room.name.trim());
  return { data: { format: FORMAT, name: undefined, place: undefined, url: undefined, timeZone: undefined, rooms: roomOrder, talks }, skipped };
}
