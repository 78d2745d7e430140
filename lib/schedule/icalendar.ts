import ICAL from 'ical.js';
import { speakersOfLine } from '../outline/speakers';
import { cancelledByTitle, isCancelledState, linkKind } from './group';
import { ScheduleError, type ScheduleData, type ScheduleLink, type ScheduleTalk } from './types';
import { isTimeZone } from '../content/dates';
import { wallClockOf } from './wall-clock';

/*
 * An iCalendar feed of a conference (sched.com, pretalx's schedule.ics): one
 * VEVENT per talk. LOCATION is the room; CATEGORIES the track when there is
 * no room. Speakers come from ATTENDEE names, else from a speaker line
 * leading the DESCRIPTION ('Speakers: A, B').
 */

const FORMAT = 'iCalendar';

const textValue = (component: ICAL.Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** A DTSTART/DTEND as ISO text: local to its TZID as written, or UTC with 'Z'. */
function timeText(component: ICAL.Component, name: string): { text: string; allDay: boolean; tzid: string | undefined } | undefined {
  const property = component.getFirstProperty(name);
  const value = property?.getFirstValue();
  if (!property || !(value instanceof ICAL.Time)) return undefined;
  const tzid = property.getParameter('tzid');
  return { text: value.toString(), allDay: value.isDate, tzid: typeof tzid === 'string' ? tzid : undefined };
}

function speakersOf(event: ICAL.Component): string[] {
  const attendees = event
    .getAllProperties('attendee')
    .map((property) => property.getParameter('cn'))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.trim());
  if (attendees.length > 0) return attendees;
  const firstLine = textValue(event, 'description')?.split('\n')[0];
  return (firstLine !== undefined ? speakersOfLine(firstLine) : undefined) ?? [];
}

function linksOf(event: ICAL.Component): ScheduleLink[] {
  const url = textValue(event, 'url');
  const links: ScheduleLink[] = url ? [{ kind: 'page', url }] : [];
  for (const attachment of event.getAllProperties('attach')) {
    const value = attachment.getFirstValue();
    if (typeof value !== 'string' || !/^https?:/.test(value)) continue;
    const kind = linkKind('', value);
    if (!links.some((known) => known.kind === kind)) links.push({ kind, url: value });
  }
  return links;
}

export interface ICalendarResult {
  data: ScheduleData;
  skipped: string[];
}

export function readICalendar(text: string): ICalendarResult {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new ScheduleError(FORMAT, '', error instanceof Error ? error.message : String(error));
  }
  if (calendar.name !== 'vcalendar') throw new ScheduleError(FORMAT, calendar.name, 'expected a VCALENDAR');
  const declaredZones = calendar.getAllSubcomponents('vtimezone').map((zone) => textValue(zone, 'tzid'));
  const zoneName = [textValue(calendar, 'x-wr-timezone'), ...declaredZones].find((zone): zone is string => zone !== undefined && isTimeZone(zone));
  const talks: ScheduleTalk[] = [];
  const skipped: string[] = [];
  const rooms: string[] = [];
  calendar.getAllSubcomponents('vevent').forEach((event, index) => {
    const summary = textValue(event, 'summary') ?? '';
    const start = timeText(event, 'dtstart');
    const where = `VEVENT ${index + 1}${summary ? ` ("${summary}")` : ''}`;
    if (!start) throw new ScheduleError(FORMAT, where, 'has no DTSTART');
    if (summary === '') throw new ScheduleError(FORMAT, where, 'has no SUMMARY (the talk title)');
    if (start.allDay) {
      skipped.push(`"${summary}" lasts all day, it is no talk`);
      return;
    }
    const zone = start.tzid && isTimeZone(start.tzid) ? start.tzid : zoneName;
    const clock = wallClockOf(start.text, zone);
    if (!clock) throw new ScheduleError(FORMAT, where, `DTSTART "${start.text}" is not a date-time`);
    const endText = timeText(event, 'dtend');
    const categories = event.getAllProperties('categories').flatMap((property) => property.getValues()).filter((value): value is string => typeof value === 'string');
    const room = textValue(event, 'location') ?? categories[0]?.trim() ?? '';
    if (!rooms.includes(room)) rooms.push(room);
    const title = cancelledByTitle(summary);
    talks.push({
      sourceId: textValue(event, 'uid') ?? `${clock.date}-${clock.time}-${summary}`,
      title: title.title,
      speakers: speakersOf(event),
      date: clock.date,
      start: clock.time,
      end: endText ? wallClockOf(endText.text, zone)?.time : undefined,
      room,
      links: linksOf(event),
      cancelled: title.cancelled || isCancelledState(textValue(event, 'status')),
    });
  });
  return {
    data: { format: FORMAT, name: textValue(calendar, 'x-wr-calname'), place: undefined, url: undefined, timeZone: zoneName, rooms, talks },
    skipped,
  };
}
