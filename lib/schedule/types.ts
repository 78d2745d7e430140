/*
 * A conference schedule as every format gives it once read: the conference,
 * its days, the rooms (or tracks) of each day in the schedule's order, and
 * their talks. Times are wall-clock times in the conference's own time zone,
 * never converted to the reader's.
 */

export type ScheduleFormat = 'pretalx/c3voc JSON' | 'frab XML' | 'Sessionize JSON' | 'iCalendar';

export interface ScheduleLink {
  kind: 'page' | 'slides' | 'video';
  url: string;
}

export interface ScheduleTalk {
  /** The schedule's own id for the talk (guid, id or UID). */
  sourceId: string;
  title: string;
  /** Speakers' names as the schedule spells them, in its order. */
  speakers: string[];
  /** 'YYYY-MM-DD', the day in the conference's time zone. */
  date: string;
  /** 'HH:MM' in the conference's time zone. */
  start: string;
  /** 'HH:MM', when the schedule gives an end or a duration. */
  end: string | undefined;
  /** The room, or the track when the schedule has no rooms. */
  room: string;
  links: ScheduleLink[];
  cancelled: boolean;
}

export interface ScheduleSession {
  /** The room's or track's name. */
  name: string;
  talks: ScheduleTalk[];
}

export interface ScheduleDay {
  /** 'YYYY-MM-DD'. */
  date: string;
  sessions: ScheduleSession[];
}

export interface Schedule {
  format: ScheduleFormat;
  name: string | undefined;
  place: string | undefined;
  url: string | undefined;
  /** IANA name ('Europe/Brussels') when the schedule says; undefined when it gives local times only. */
  timeZone: string | undefined;
  days: ScheduleDay[];
}

/** What a format's reader hands over: the talks, and the room order the schedule declares. */
export interface ScheduleData {
  format: ScheduleFormat;
  name: string | undefined;
  place: string | undefined;
  url: string | undefined;
  timeZone: string | undefined;
  /** Rooms in the schedule's declared order; rooms not in it follow in order of first appearance. */
  rooms: string[];
  talks: ScheduleTalk[];
}

/** A schedule that could not be read: which format was tried, where it failed, and why. */
export class ScheduleError extends Error {
  constructor(
    readonly format: ScheduleFormat | 'unknown',
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${format === 'unknown' ? 'schedule' : format}: ${where ? `${where}: ` : ''}${reason}`);
    this.name = 'ScheduleError';
  }
}
