import { z } from 'zod';
import { cancelledByTitle, isCancelledState, linkKind } from './group';
import type { ScheduleData, ScheduleLink, ScheduleTalk } from './types';
import { isTimeZone } from '../content/dates';
import { addDuration, wallClockOf } from './wall-clock';
import { scheduleErrorOf } from './zod-issue';

/*
 * pretalx's schedule.json and the c3voc schedule format it follows
 * (https://c3voc.de/schedule/schema.json): conference → days → rooms →
 * events. Only what notes need is checked; the rest is left alone.
 */

const FORMAT = 'pretalx/c3voc JSON';

const text = z.string();
const optionalText = z.string().nullish();

const person = z.looseObject({
  /** pretalx writes `name` and `public_name`; frab's converters `public_name` or `full_public_name`. */
  name: optionalText,
  public_name: optionalText,
  full_public_name: optionalText,
});

const link = z.looseObject({ url: text, title: optionalText, type: optionalText });

const event = z.looseObject({
  guid: optionalText,
  id: z.union([z.number(), z.string()]).nullish(),
  /** The start as an ISO date-time with the conference's offset. */
  date: z.string({ error: 'expected the start as an ISO date-time' }),
  start: optionalText,
  duration: optionalText,
  room: optionalText,
  title: z.string({ error: "expected the talk's title" }),
  url: optionalText,
  type: optionalText,
  track: optionalText,
  state: optionalText,
  status: optionalText,
  persons: z.array(person).nullish(),
  links: z.array(link).nullish(),
  attachments: z.array(z.union([link, z.array(link)])).nullish(),
});

const day = z.looseObject({
  date: z.string({ error: "expected the day's date" }),
  rooms: z.record(z.string(), z.array(event), { error: 'expected the rooms of the day, each a list of events' }),
});

export const pretalxScheduleSchema = z.looseObject({
  schedule: z.looseObject({
    base_url: optionalText,
    conference: z.looseObject({
      title: z.string({ error: "expected the conference's title" }),
      acronym: optionalText,
      url: optionalText,
      location: optionalText,
      time_zone_name: optionalText,
      rooms: z.array(z.looseObject({ name: text })).nullish(),
      days: z.array(day, { error: 'expected the list of days' }),
    }),
  }),
});

/** True when the parsed JSON looks like this format (it may still fail the schema). */
export const looksLikePretalx = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && 'schedule' in json && typeof json.schedule === 'object' && json.schedule !== null && 'conference' in json.schedule;

const personName = (entry: z.infer<typeof person>) => (entry.public_name ?? entry.full_public_name ?? entry.name ?? '').trim();

function eventLinks(entry: z.infer<typeof event>): ScheduleLink[] {
  const links: ScheduleLink[] = entry.url ? [{ kind: 'page', url: entry.url }] : [];
  const extra = [...(entry.links ?? []), ...(entry.attachments ?? []).flat()];
  for (const item of extra) {
    const kind = linkKind(`${item.title ?? ''} ${item.type ?? ''}`, item.url);
    if (!links.some((known) => known.kind === kind)) links.push({ kind, url: item.url });
  }
  return links;
}

export function readPretalx(json: unknown): ScheduleData {
  const parsed = pretalxScheduleSchema.safeParse(json);
  if (!parsed.success) throw scheduleErrorOf(FORMAT, parsed.error);
  const { conference } = parsed.data.schedule;
  const zone = conference.time_zone_name && isTimeZone(conference.time_zone_name) ? conference.time_zone_name : undefined;
  const talks: ScheduleTalk[] = [];
  for (const entry of conference.days) {
    for (const [room, events] of Object.entries(entry.rooms)) {
      for (const item of events) {
        const clock = wallClockOf(item.date, zone);
        const start = clock?.time ?? item.start ?? '';
        const title = cancelledByTitle(item.title.trim());
        talks.push({
          sourceId: String(item.guid ?? item.id ?? `${room}-${item.date}`),
          title: title.title,
          speakers: (item.persons ?? []).map(personName).filter((name) => name !== ''),
          date: clock?.date ?? entry.date,
          start,
          end: item.duration ? addDuration(start, item.duration) : undefined,
          room: (item.room ?? room).trim(),
          links: eventLinks(item),
          cancelled: title.cancelled || isCancelledState(item.state) || isCancelledState(item.status) || isCancelledState(item.type),
        });
      }
    }
  }
  return {
    format: FORMAT,
    name: conference.title.trim(),
    place: conference.location?.trim() || undefined,
    url: conference.url ?? parsed.data.schedule.base_url ?? undefined,
    timeZone: zone,
    rooms: (conference.rooms ?? []).map((room) => room.name.trim()),
    talks,
  };
}
