import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content/front-matter';
import { uiStrings } from '../i18n';
import { renderMarkdown } from '../markdown/render-markdown';
import { newPostText } from './new-post';
import { readSchedule } from './read-schedule';
import { updatePost } from './update-post';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** The schedule as first published, and as it is a week later. */
const before = readSchedule(fixture('pretalx.json')).schedule;
const laterJson = JSON.parse(fixture('pretalx.json'));
const day1 = laterJson.schedule.conference.days[0].rooms;
const day2 = laterJson.schedule.conference.days[1].rooms;
// A talk added after Lightning talks; Lightning talks cancelled; the state talk moved to the afternoon.
day1['Saal 1'].push({ ...day1['Saal 1'][2], guid: 'new-1', title: 'Streams and Tables, Revisited', date: '2026-03-14T12:00:00+01:00', persons: [{ name: 'Mia Chen', public_name: 'Mia Chen' }] });
day1['Saal 1'][2].state = 'canceled';
day1['Raum Ödön'][0].date = '2026-03-14T14:00:00+01:00';
// A room that opened on day 2, and the closing keynote dropped from the schedule.
day2['Raum B'] = [{ ...day2['Saal 1'][1], guid: 'new-2', room: 'Raum B', title: 'Late addition', persons: [] }];
day2['Saal 1'].pop();
const after = readSchedule(JSON.stringify(laterJson)).schedule;

/** The post as the author has it: summaries written, a heading renamed, a talk of their own added. */
function writtenPost(): string {
  return newPostText({ title: 'StreamConf notes', language: 'en', writeLanguage: false, today: '2026-12-05', comments: false, schedule: before })
    .replace('### Saal 1 {#2026-03-14-saal-1}', '### Main hall (Saal 1) {#2026-03-14-saal-1}')
    .replace(/(\* Opening: Streams Everywhere .*\n.*\n)/, '$1\n  Everything is a stream, said Jürgen.\n\n  1. Logs are tables.\n  2. Tables are logs.\n')
    .replace(/(\* Lightning talks .*\n.*\n)/, '$1\n  The lightning talks I meant to see.\n')
    .replace(/(\* 流处理中的状态管理 .*\n.*\n)/, '$1\n  状态后端的选择：RocksDB。\n')
    .replace(/(\* Closing keynote .*\n.*\n)/, '$1\n  A good ending.\n\n* A hallway chat I added <br>\n  With friends.\n');
}

/** True when every line of `original` is in `updated`, in order: nothing the author wrote was changed or moved. */
function keepsEveryLine(original: string, updated: string): boolean {
  const lines = updated.split('\n');
  let at = 0;
  for (const line of original.split('\n')) {
    while (at < lines.length && lines[at] !== line) at += 1;
    if (at === lines.length) return false;
    at += 1;
  }
  return true;
}

const talkTitles = (markdown: string) =>
  renderMarkdown(splitFrontMatter(markdown, 'post.md').body, { labels: uiStrings('en'), conference: true }).outline.entries.flatMap((entry) =>
    entry.type === 'day' ? entry.sessions.map((session) => [session.label, session.talks.map((talk) => talk.title)]) : [],
  );

describe('updatePost', () => {
  const original = writtenPost();
  const report = updatePost(original, after, 'en');

  it('changes no line the author has, and moves none', () => {
    expect(keepsEveryLine(original, report.text)).toEqual(true);
    expect(report.text).toContain('  Everything is a stream, said Jürgen.\n\n  1. Logs are tables.\n  2. Tables are logs.\n');
    expect(report.text).toContain('### Main hall (Saal 1) {#2026-03-14-saal-1}');
  });

  it('adds the new talk after its predecessor, and the new room to its day', () => {
    expect(report.added).toEqual({ days: [], sessions: ['Raum B'], talks: ['Streams and Tables, Revisited'] });
    expect(talkTitles(report.text)).toEqual([
      ['Main hall (Saal 1)', ['Opening: Streams Everywhere', 'Exactly-once in der Praxis', 'Lightning talks', 'Streams and Tables, Revisited']],
      ['Raum Ödön', ['流处理中的状态管理']],
      ['Saal 1', ['ストリーム処理入門', 'Closing keynote', 'A hallway chat I added']],
      ['Workshop-Raum', ['Hands-on: Flink SQL']],
      ['Raum B', ['Late addition']],
    ]);
    expect(report.text).toContain('* Streams and Tables, Revisited {#streams-and-tables-revisited} <br>\n  Speakers: Mia Chen · 12:00–12:30');
  });

  it('marks the talks that moved, were cancelled or left the schedule, under their line of times', () => {
    expect(report.marked).toEqual({ moved: ['流处理中的状态管理'], cancelled: ['Lightning talks'], dropped: ['Closing keynote'] });
    expect(report.text).toMatch(/\* Lightning talks \{#lightning-talks\} <br>\n.*\n\n {2}> ⚠ \*\*Cancelled\*\* in the schedule\.\n\n\n {2}The lightning talks I meant to see\./);
    expect(report.text).toContain('\n  > ⚠ **Moved** in the schedule: now Day 1 14:00–14:30, Raum Ödön.\n');
    expect(report.text).toMatch(/\* Closing keynote .*\n.*\n\n {2}> ⚠ \*\*No longer in the schedule\.\*\*\n/);
  });

  it('leaves the talk the author added alone', () => {
    expect(report.text).toContain('* A hallway chat I added <br>\n  With friends.\n');
    expect(report.text).not.toMatch(/A hallway chat I added <br>\n.*\n\n {2}>/);
  });

  it('changes nothing when run again with the same schedule', () => {
    const again = updatePost(report.text, after, 'en');
    expect(again.text).toEqual(report.text);
    expect([again.added, again.marked]).toEqual([{ days: [], sessions: [], talks: [] }, { moved: [], cancelled: [], dropped: [] }]);
  });

  it('changes nothing when the schedule has not changed', () => {
    expect(updatePost(original, before, 'en').text).toEqual(original);
  });

  it('adds a day that appeared, after the days before it', () => {
    const threeDays = JSON.parse(JSON.stringify(laterJson));
    threeDays.schedule.conference.days.push({ index: 3, date: '2026-03-16', rooms: { 'Saal 1': [{ ...day2['Saal 1'][0], guid: 'new-3', date: '2026-03-16T09:00:00+01:00', title: 'Bonus day' }] } });
    const result = updatePost(original, readSchedule(JSON.stringify(threeDays)).schedule, 'en');
    expect(result.added.days).toEqual(['## Day 3 · Monday, March 16, 2026 {#day-2026-03-16}']);
    expect(talkTitles(result.text).at(-1)).toEqual(['Saal 1', ['Bonus day']]);
    expect(keepsEveryLine(original, result.text)).toEqual(true);
  });
});
