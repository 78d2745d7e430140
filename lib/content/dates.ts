/** A calendar date as the author wrote it; the URL and the page use these fields, never a time zone conversion. */
export interface PostDate {
  year: number;
  month: number;
  day: number;
  /** 'YYYY-MM-DD' */
  isoDate: string;
  /** RFC 3339 timestamp for feeds and `<time datetime>`; midnight UTC when no time was given. */
  dateTime: string;
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
    dateTime: `${isoDate}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${offset}`,
  };
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
