import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchedule } from './read-schedule';
import type { Schedule } from './types';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** Days → rooms → 'HH:MM–HH:MM Title [speakers]', cancelled ones marked: the whole schedule at a glance. */
const shape = (schedule: Schedule) =>
  schedule.days.map((day) => ({
    date: day.date,
    sessions: day.sessions.map((session) => [session.name, session.talks.map((talk) => `${talk.start}–${talk.end ?? ''} ${talk.title} [${talk.speakers.join(', ')}]${talk.cancelled ? ' (cancelled)' : ''}`)]),
  }));

const conference = (workshopRoom: string) => [
  {
    date: '2026-03-14',
    sessions: [
      ['Saal 1', ['09:30–10:15 Opening: Streams Everywhere [Jürgen Weiß]', "10:30–11:15 Exactly-once in der Praxis [Ana López, 王小明, Sam O'Neil]", '11:30–12:00 Lightning talks []']],
      ['Raum Ödön', ['09:30–10:00 流处理中的状态管理 [李娜]', '10:30–11:00 Kafka without ZooKeeper [Tom Berg] (cancelled)']],
    ],
  },
  {
    date: '2026-03-15',
    sessions: [
      ['Saal 1', ['09:00–09:45 ストリーム処理入門 [田中 花子]', '10:00–10:45 Closing keynote [Jürgen Weiß]']],
      [workshopRoom, ['09:00–11:00 Hands-on: Flink SQL [Ana López]']],
    ],
  },
];

describe('readSchedule: one conference in every format', () => {
  it.each([
    ['pretalx.json', 'pretalx/c3voc JSON', 'Workshop-Raum', { name: 'StreamConf Berlin 2026', place: undefined, url: 'https://pretalx.example.org/streamconf-2026/', timeZone: 'Europe/Berlin' }, []],
    ['frab.xml', 'frab XML', 'Workshop-Raum', { name: 'StreamConf Berlin 2026', place: 'bcc Berlin Congress Center, Berlin', url: 'https://streamconf.example.org/2026/', timeZone: 'Europe/Berlin' }, []],
    ['sessionize.json', 'Sessionize JSON', 'Workshop-Raum', { name: undefined, place: undefined, url: undefined, timeZone: undefined }, ['"Unscheduled: Birds of a feather" has no time in the schedule']],
    // The workshop has no LOCATION: its CATEGORIES is the track.
    ['sched.ics', 'iCalendar', 'Workshops', { name: 'StreamConf Berlin 2026', place: undefined, url: undefined, timeZone: 'Europe/Berlin' }, ['"Expo hall open" lasts all day, it is no talk']],
  ])('%s (%s)', (file, format, workshopRoom, details, skipped) => {
    const read = readSchedule(fixture(file));
    expect(read.schedule.format).toEqual(format);
    expect(shape(read.schedule)).toEqual(conference(workshopRoom));
    const { name, place, url, timeZone } = read.schedule;
    expect({ name, place, url, timeZone }).toEqual(details);
    expect(read.skipped).toEqual(skipped);
  });

  it.each([
    ['pretalx.json', [['page', 'https://pretalx.example.org/streamconf-2026/talk/GH7JKL/'], ['slides', 'https://pretalx.example.org/media/streamconf-2026/submissions/GH7JKL/resources/slides.pdf']]],
    ['frab.xml', [['page', 'https://frab.example.org/en/streamconf-2026/public/events/102'], ['slides', 'https://frab.example.org/system/attachments/102/slides.pdf']]],
    ['sched.ics', [['page', 'https://streamconf2026.sched.com/event/a102/exactly-once-in-der-praxis'], ['slides', 'https://static.sched.com/hosted_files/streamconf2026/a1/slides.pdf']]],
  ])('%s: the talk page and slides of the talk with three speakers', (file, links) => {
    const talk = readSchedule(fixture(file)).schedule.days[0]?.sessions[0]?.talks[1];
    expect(talk?.links.map((link) => [link.kind, link.url])).toEqual(links);
  });

  it('reads times in the conference zone, whatever offset the file writes them with', () => {
    const json = JSON.parse(fixture('pretalx.json'));
    json.schedule.conference.days[0].rooms['Saal 1'][0].date = '2026-03-14T08:30:00Z';
    const talk = readSchedule(JSON.stringify(json)).schedule.days[0]?.sessions[0]?.talks[0];
    expect([talk?.date, talk?.start]).toEqual(['2026-03-14', '09:30']);
  });

  it('crosses midnight into the next day in the conference zone (UTC 23:30 is 00:30 in Berlin)', () => {
    const json = JSON.parse(fixture('pretalx.json'));
    json.schedule.conference.days[0].rooms['Saal 1'][2].date = '2026-03-14T23:30:00Z';
    const dates = readSchedule(JSON.stringify(json)).schedule.days.map((day) => day.date);
    expect(dates).toEqual(['2026-03-14', '2026-03-15']);
  });
});

describe('readSchedule: what does not read is refused, naming the format and the place', () => {
  it.each([
    ['JSON that does not parse', '{"schedule": {', /^schedule: JSON: /],
    ['an unknown JSON', '{"events": []}', /^schedule: JSON: neither pretalx\/c3voc .* nor Sessionize/],
    ['pretalx without days', '{"schedule": {"conference": {"title": "X"}}}', /^pretalx\/c3voc JSON: schedule\.conference\.days: expected the list of days$/],
    ['a pretalx talk without a title', fixture('pretalx.json').replace('"title": "Lightning talks", ', ''), /^pretalx\/c3voc JSON: schedule\.conference\.days\[0\]\.rooms\["Saal 1"\]\[2\]\.title: expected the talk's title$/],
    ['XML that is not well-formed', '<schedule><conference><title>X</title></conference>\n<day date="2026-01-01"></schedule>', /^frab XML: line 2, column \d+: /],
    ['frab without days', '<schedule><conference><title>X</title></conference></schedule>', /^frab XML: schedule\.day: expected at least one <day>$/],
    ['Sessionize without rooms', '{"sessions": [], "speakers": [], "rooms": "none"}', /^Sessionize JSON: rooms: /],
    ['iCalendar that does not parse', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\n', /^iCalendar: /],
    ['an event without DTSTART', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', /^iCalendar: VEVENT 1 \("Talk"\): has no DTSTART$/],
    ['a calendar without events', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', /^iCalendar: the schedule lists no talks$/],
    ['a web page', '<!doctype html><html><body>Schedule</body></html>', /^frab XML: /],
    ['plain text', 'Day 1: talks', /^schedule: not a schedule: expected pretalx\/c3voc or Sessionize JSON, frab XML or iCalendar$/],
  ])('%s', (_what, text, message) => {
    expect(() => readSchedule(text)).toThrow(message);
  });
});
