/** A calendar date as the author wrote it; the URL and the page use these fields, never a time zone conversion. */
export interface PostDate {
  year: number;
  month: number;
  day: number;
  /** 'YYYY-MM-DD' */
  isoDate: string;
  hour: number;
  minute: number;
  second: number;
  /** RFC 3339 timestamp for feeds and `<time datetime>`; midnight UTC when no time was given. */
  dateTime: string;
  /** The author wrote a UTC offset (`+0800`, `Z`): the date names an instant, which a site time zone may put on another day. */
  zoned: boolean;
}

const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Parses the date forms Jekyll, Hugo and Hexo accept ('2019-11-30',
 * '2019-11-30 10:00:00 +0800', '2019-11-30T10:00:00Z'). Returns undefined for
 * anything else, including impossible days such as 2019-13-45, which
 * JavaScript's Date would silently roll over.
 */
export function parsePostDate(text: string): PostDate | undefined {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss, zone] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const hours = Number(hh ?? 0);
  const minutes = Number(mm ?? 0);
  const seconds = Number(ss ?? 0);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const offset = zone === undefined || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const isoDate = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return {
    year,
    month,
    day,
    isoDate,
    hour: hours,
    minute: minutes,
    second: seconds,
    dateTime: `${isoDate}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${offset}`,
    zoned: zone !== undefined,
  };
}

/** Whether `timeZone` is an IANA time zone this Node.js knows ('Asia/Shanghai', 'UTC'). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The date as the site's time zone has it, as Jekyll and Hexo do with
 * their `timezone` setting: a date the author wrote with an offset is an
 * instant, shown (and put in the address) on the calendar of the zone,
 * where it may be another day (`2019-12-31 20:00 -0800` is 1 January in
 * Shanghai). A date without offset is read as the zone's local time: its
 * calendar day stays, and its timestamp gets the zone's offset.
 */
export function inTimeZone(date: PostDate, timeZone: string): PostDate {
  const instant = date.zoned ? Date.parse(date.dateTime) : undefined;
  const local = instant !== undefined ? wallClock(instant, timeZone) : date;
  // The offset at the local time: guess it from the wall-clock time read as UTC, then correct once (enough across a DST change).
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const firstGuess = offsetMinutes(asUtc, timeZone);
  const offset = offsetMinutes(asUtc - firstGuess * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const zone = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const isoDate = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
  return {
    year: local.year,
    month: local.month,
    day: local.day,
    isoDate,
    hour: local.hour,
    minute: local.minute,
    second: local.second,
    dateTime: `${isoDate}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}${zone}`,
    zoned: true,
  };
}

type WallClock = Pick<PostDate, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>;

function wallClock(instant: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** Minutes the zone is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const local = wallClock(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * TOML front matter hands over Date objects. smol-toml's dates print back as
 * written ('2019-11-30', '2019-11-30T10:00:00+08:00'), so the author's
 * calendar day survives; plain Dates print in UTC.
 */
export function postDateFromDate(date: Date): PostDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return parsePostDate(date.toISOString());
}
