export interface DayMarker {
  /** Same key, same day: consecutive 'Day 1 …' headings share one day. */
  key: string;
  /** The marker as written: 'Day 1', '第一天', '1日目', 'Monday, 6 June'. */
  label: string;
  /** The heading text after the marker, separators removed; '' when the heading is only a day marker. */
  rest: string;
}

const CHINESE_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ENGLISH_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, ones] = match;
  if (ten) return (tens ? (CHINESE_NUMERALS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_NUMERALS[ones] ?? 0) : 0);
  return tens ? CHINESE_NUMERALS[tens] : undefined;
}

/** What may follow a marker: the end, or a separator, never a letter or digit ('D3.js' is no day). */
const END = String.raw`(?=$|\.(?:\s|$)|[\s:：,，、。\-–—|·/()（）\[\]【】])`;
const WEEKDAYS_EN = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?`;
const WEEKDAYS_DE = String.raw`(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)`;
const MONTH_WORD = String.raw`[A-Z][a-zäöü]+\.?`;

interface Pattern {
  regex: RegExp;
  key: (match: RegExpExecArray) => string | undefined;
}

const numbered = (read: (text: string) => number | undefined) => (match: RegExpExecArray) => {
  const value = read(match[1] ?? '');
  return value === undefined ? undefined : `day-${value}`;
};

const PATTERNS: Pattern[] = [
  // Day 1, Day1, DAY 1, Day One; D1 (capital D only: 'd3' is more often a library)
  { regex: new RegExp(String.raw`^(?:day|Day|DAY)[\s\-_]*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)${END}`, 'i'), key: numbered((text) => (/^\d+$/.test(text) ? Number(text) : ENGLISH_NUMBERS[text.toLowerCase()])) },
  { regex: new RegExp(String.raw`^D(\d+)${END}`), key: numbered(Number) },
  // 第一天, 第1天, 第 2 日
  { regex: /^第\s*([\d一二两三四五六七八九十]+)\s*[天日]/, key: numbered(chineseNumber) },
  // 1日目, 二日目
  { regex: /^([\d一二三四五六七八九十]+)\s*日目/, key: numbered(chineseNumber) },
  // 1일 차, 1일차, 1일째
  { regex: /^(\d+)\s*일\s*(?:차|째)/, key: numbered(Number) },
  // Tag 1, 1. Tag
  { regex: new RegExp(String.raw`^Tag\s*(\d+)${END}`), key: numbered(Number) },
  { regex: new RegExp(String.raw`^(\d+)\.\s*Tag${END}`), key: numbered(Number) },
  // Monday, 6 June; Tuesday June 7th; Montag, 6. Juni
  {
    regex: new RegExp(String.raw`^(${WEEKDAYS_EN},?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)${END}`),
    key: (match) => `date-${(match[1] ?? '').toLowerCase()}`,
  },
  { regex: new RegExp(String.raw`^(${WEEKDAYS_DE},?\s+\d{1,2}\.\s*${MONTH_WORD}(?:\s+\d{4})?)${END}`), key: (match) => `date-${(match[1] ?? '').toLowerCase()}` },
  // 11月30日（周六）, 6月6日(月)
  {
    regex: /^((?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[（(]?\s*(?:周|星期|礼拜)?[一二三四五六日天月火水木金土]\s*(?:曜日?)?[）)]?)/,
    key: (match) => `date-${(match[1] ?? '').replace(/\s+/g, '')}`,
  },
];

const SEPARATORS = /^[\s:：,，、.。\-–—|·/]+/;

const MONTHS = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\.?`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th|\.)?`;
/**
 * A date alone, as authors write one after a day marker ('Day 1 · 2019-11-30',
 * '第一天（11月30日）', 'Day 2, Saturday, March 14, 2026'): the heading is
 * still only the day, not a session of it.
 */
const DATE_ONLY = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/,
  /^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$/,
  /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(]?\s*(?:(?:星期|周|礼拜)[一二三四五六日天]|[月火水木金土日](?:曜日?)?)\s*[）)]?)?$/,
  /^(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:[（(]?\s*[월화수목금토일](?:요일)?\s*[）)]?)?$/,
  new RegExp(String.raw`^(?:(?:${WEEKDAYS_EN}|${WEEKDAYS_DE}),?\s+)?(?:${MONTHS}\s+${ORDINAL}(?:,?\s+\d{4})?|${ORDINAL}\s+${MONTHS}(?:,?\s+\d{4})?)$`, 'i'),
];

const isDateOnly = (text: string) => DATE_ONLY.some((pattern) => pattern.test(text));

/** Reads a day marker at the start of a heading's text, or returns undefined. */
export function parseDayMarker(headingText: string): DayMarker | undefined {
  const text = headingText.replace(/\s+/g, ' ').trim();
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const key = pattern.key(match);
    if (key === undefined) continue;
    const label = match[0].trim();
    let rest = text.slice(match[0].length).replace(SEPARATORS, '').trim();
    const wrapped = /^[(（](.*)[)）]$/.exec(rest);
    if (wrapped) rest = (wrapped[1] ?? '').trim();
    if (rest !== '' && isDateOnly(rest)) return { key, label: text, rest: '' };
    return { key, label, rest };
  }
  return undefined;
}
