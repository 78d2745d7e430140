/*
 * Wall-clock times in the conference's own time zone: what the schedule
 * printed on the door of each room, whatever zone the reader is in.
 */

export interface WallClock {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM'. */
  time: string;
}

const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/;

/** The date and time an instant shows on a clock in `timeZone`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * An ISO date-time from a schedule as a wall clock: converted to `timeZone`
 * when the text has an offset and the zone is known, else read as written
 * (schedules write local times, with or without their offset).
 */
export function wallClockOf(text: string, timeZone: string | undefined): WallClock | undefined {
  const local = ISO_LOCAL.exec(text.trim());
  if (!local) return undefined;
  const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text.trim());
  if (hasOffset && timeZone) {
    const instant = new Date(text.trim());
    if (!Number.isNaN(instant.getTime())) return wallClockAt(instant, timeZone);
  }
  return { date: local[1] ?? '', time: `${local[2]}:${local[3]}` };
}

/** `time` ('HH:MM') plus a duration ('00:45', '1:30', '01:00:00'), on the same clock; undefined when the duration does not read. */
export function addDuration(time: string, duration: string): string | undefined {
  const parts = duration.trim().split(':').map(Number);
  if (parts.length < 2 || parts.some((part) => !Number.isInteger(part) || part < 0)) return undefined;
  const [hours = 0, minutes = 0] = parts.length === 4 ? [(parts[0] ?? 0) * 24 + (parts[1] ?? 0), parts[2]] : parts;
  const [startHours = 0, startMinutes = 0] = time.split(':').map(Number);
  const total = (startHours * 60 + startMinutes + hours * 60 + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
