import { describe, expect, it } from 'vitest';
import { inTimeZone, isTimeZone, parsePostDate } from './dates';

describe('parsePostDate', () => {
  it.each([
    ['2019-11-30', '2019-11-30', '2019-11-30T00:00:00Z'],
    ['2019-1-5', '2019-01-05', '2019-01-05T00:00:00Z'],
    ['2019-11-30 10:00:00 +0800', '2019-11-30', '2019-11-30T10:00:00+08:00'],
    ['2019-11-30 10:00', '2019-11-30', '2019-11-30T10:00:00Z'],
    ['2019-11-30T23:59:59Z', '2019-11-30', '2019-11-30T23:59:59Z'],
    ['2019-11-30T10:00:00.000+08:00', '2019-11-30', '2019-11-30T10:00:00+08:00'],
    ['2020-02-29', '2020-02-29', '2020-02-29T00:00:00Z'],
  ])('reads %s', (input, isoDate, dateTime) => {
    expect(parsePostDate(input)).toMatchObject({ isoDate, dateTime });
  });

  it.each(['2019-13-45', '2019-02-29', '2019-11-31', '2019-00-10', '2019-11-30 24:00', 'Nov 30 2019', '30/11/2019', ''])(
    'rejects %j',
    (input) => {
      expect(parsePostDate(input)).toBeUndefined();
    },
  );
});

describe('inTimeZone', () => {
  it.each([
    ['an instant on another day in the zone', '2019-12-31 20:00:00 -0800', 'Asia/Shanghai', '2020-01-01', '2020-01-01T12:00:00+08:00'],
    ['a local time: the calendar stays', '2019-12-31 20:00:00', 'Asia/Shanghai', '2019-12-31', '2019-12-31T20:00:00+08:00'],
    ['a date alone', '2023-11-19', 'Asia/Tokyo', '2023-11-19', '2023-11-19T00:00:00+09:00'],
    ['UTC', '2019-11-30T23:30:00+08:00', 'UTC', '2019-11-30', '2019-11-30T15:30:00Z'],
    ['summer time', '2023-07-01 12:00', 'Europe/Berlin', '2023-07-01', '2023-07-01T12:00:00+02:00'],
    ['winter time', '2023-01-01 12:00', 'America/New_York', '2023-01-01', '2023-01-01T12:00:00-05:00'],
  ])('%s', (_name, input, timeZone, isoDate, dateTime) => {
    const date = parsePostDate(input);
    expect(date && inTimeZone(date, timeZone)).toMatchObject({ isoDate, dateTime });
  });

  it('knows IANA zones', () => {
    expect(['Asia/Shanghai', 'UTC', 'Mars/Olympus'].map(isTimeZone)).toEqual([true, true, false]);
  });
});
