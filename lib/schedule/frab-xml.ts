import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { cancelledByTitle, isCancelledState, linkKind } from './group';
import { ScheduleError, type ScheduleData, type ScheduleLink, type ScheduleTalk } from './types';
import { isTimeZone } from '../content/dates';
import { addDuration, wallClockOf } from './wall-clock';
import { scheduleErrorOf } from './zod-issue';

/*
 * frab's and pentabarf's schedule.xml (FOSDEM, the CCC congresses, pretalx's
 * schedule.xml): <schedule> → <conference>, <day> → <room> → <event>.
 */

const FORMAT = 'frab XML';

const EVENT = 'schedule.day.room.event';
/** Elements that may repeat, by path: `<room>` repeats under `<day>`, but is one text inside `<event>`. */
const REPEATED = new Set(['schedule.day', 'schedule.day.room', EVENT, `${EVENT}.persons.person`, `${EVENT}.links.link`, `${EVENT}.attachments.attachment`]);

/** An element's text: a bare string, or `#text` beside its attributes. */
const textOf = z
  .union([z.string(), z.number(), z.looseObject({ '#text': z.union([z.string(), z.number()]).optional() })])
  .transform((value) => (typeof value === 'object' ? String(value['#text'] ?? '') : String(value)).trim());
const optionalText = textOf.optional();

const linkSchema = z.looseObject({ '@_href': z.string(), '#text': z.union([z.string(), z.number()]).optional() });

const eventSchema = z.looseObject({
  '@_guid': z.string().optional(),
  '@_id': z.string().optional(),
  date: optionalText,
  start: textOf,
  duration: optionalText,
  room: optionalText,
  title: textOf,
  url: optionalText,
  type: optionalText,
  track: optionalText,
  persons: z.union([z.literal(''), z.looseObject({ person: z.array(textOf).optional() })]).optional(),
  links: z.union([z.literal(''), z.looseObject({ link: z.array(linkSchema).optional() })]).optional(),
  attachments: z.union([z.literal(''), z.looseObject({ attachment: z.array(linkSchema).optional() })]).optional(),
});

const roomSchema = z.looseObject({ '@_name': z.string(), event: z.array(eventSchema).optional() });

export const frabScheduleSchema = z.looseObject({
  schedule: z.looseObject({
    conference: z.looseObject({
      title: textOf,
      acronym: optionalText,
      url: optionalText,
      base_url: optionalText,
      venue: optionalText,
      city: optionalText,
      time_zone_name: optionalText,
    }),
    day: z.array(z.looseObject({ '@_date': z.string({ error: 'expected the date attribute of <day>' }), room: z.array(roomSchema).optional() }), {
      error: 'expected at least one <day>',
    }),
  }),
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, path) => typeof path === 'string' && REPEATED.has(path),
});

function eventLinks(event: z.infer<typeof eventSchema>): ScheduleLink[] {
  const links: ScheduleLink[] = event.url ? [{ kind: 'page', url: event.url }] : [];
  const listed = [...(event.links ? (event.links.link ?? []) : []), ...(event.attachments ? (event.attachments.attachment ?? []) : [])];
  for (const item of listed) {
    const kind = linkKind(String(item['#text'] ?? ''), item['@_href']);
    if (!links.some((known) => known.kind === kind)) links.push({ kind, url: item['@_href'] });
  }
  return links;
}

export function readFrab(xml: string): ScheduleData {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ScheduleError(FORMAT, `line ${valid.err.line}, column ${valid.err.col}`, valid.err.msg);
  const parsed = frabScheduleSchema.safeParse(parser.parse(xml));
  if (!parsed.success) throw scheduleErrorOf(FORMAT, parsed.error);
  const { conference, day: days } = parsed.data.schedule;
  const zone = conference.time_zone_name && isTimeZone(conference.time_zone_name) ? conference.time_zone_name : undefined;
  const rooms: string[] = [];
  const talks: ScheduleTalk[] = [];
  for (const day of days) {
    for (const room of day.room ?? []) {
      const roomName = room['@_name'].trim();
      if (!rooms.includes(roomName)) rooms.push(roomName);
      for (const event of room.event ?? []) {
        const clock = event.date ? wallClockOf(event.date, zone) : undefined;
        const start = clock?.time ?? event.start;
        const title = cancelledByTitle(event.title);
        talks.push({
          sourceId: event['@_guid'] ?? event['@_id'] ?? `${roomName}-${day['@_date']}-${start}`,
          title: title.title,
          speakers: (event.persons ? (event.persons.person ?? []) : []).filter((name) => name !== ''),
          date: clock?.date ?? day['@_date'],
          start,
          end: event.duration ? addDuration(start, event.duration) : undefined,
          room: event.room || roomName,
          links: eventLinks(event),
          cancelled: title.cancelled || isCancelledState(event.type),
        });
      }
    }
  }
  const place = [conference.venue, conference.city].filter((part) => part !== undefined && part !== '').join(', ');
  return {
    format: FORMAT,
    name: conference.title,
    place: place || undefined,
    url: conference.url || conference.base_url || undefined,
    timeZone: zone,
    rooms,
    talks,
  };
}
