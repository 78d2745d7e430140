import { readFrab } from './frab-xml';
import { groupSchedule } from './group';
import { readICalendar } from './icalendar';
import { looksLikePretalx, readPretalx } from './pretalx-json';
import { looksLikeSessionize, readSessionize } from './sessionize-json';
import { ScheduleError, type Schedule, type ScheduleData } from './types';

export interface ReadSchedule {
  schedule: Schedule;
  /** Entries of the schedule that are no talks to take notes on (unscheduled, all-day), with why. */
  skipped: string[];
}

function readJson(text: string): { data: ScheduleData; skipped: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScheduleError('unknown', 'JSON', error instanceof Error ? error.message : String(error));
  }
  if (looksLikePretalx(json)) return { data: readPretalx(json), skipped: [] };
  if (looksLikeSessionize(json)) return readSessionize(json);
  throw new ScheduleError('unknown', 'JSON', 'neither pretalx/c3voc (an object with schedule.conference) nor Sessionize "All data" (sessions, speakers and rooms)');
}

/**
 * A schedule in any format confnotes reads, told apart by its content (a
 * URL's or file's name says nothing reliable): JSON (pretalx, c3voc,
 * Sessionize), XML (frab, pentabarf) or iCalendar.
 */
export function readSchedule(text: string): ReadSchedule {
  const content = text.replace(/^\uFEFF/, '').trimStart();
  let read: { data: ScheduleData; skipped: string[] };
  if (content.startsWith('{')) read = readJson(content);
  else if (content.startsWith('<')) read = { data: readFrab(content), skipped: [] };
  else if (/^BEGIN:VCALENDAR/i.test(content)) read = readICalendar(content);
  else throw new ScheduleError('unknown', '', 'not a schedule: expected pretalx/c3voc or Sessionize JSON, frab XML or iCalendar');
  if (read.data.talks.length === 0) throw new ScheduleError(read.data.format, '', 'the schedule lists no talks');
  return { schedule: groupSchedule(read.data), skipped: read.skipped };
}
