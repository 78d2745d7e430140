import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content/front-matter';
import { conferenceSetting, parseFrontMatter } from '../content/schema';
import { uiStrings } from '../i18n';
import { renderMarkdown } from '../markdown/render-markdown';
import { countOutline, type Outline } from '../outline/types';
import { newPostFileName, newPostText, type NewPostInput } from './new-post';
import { readSchedule } from './read-schedule';
import type { Schedule } from './types';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** A post as the build reads it: its front matter through the schema, its body through the whole pipeline. */
function build(text: string) {
  const split = splitFrontMatter(text, 'new.md');
  const meta = parseFrontMatter(split.data);
  if (!meta.success) throw new Error(JSON.stringify(meta.issues));
  const rendered = renderMarkdown(split.body, { labels: uiStrings('en'), conference: conferenceSetting(meta.data.conference) });
  return { meta: meta.data, outline: rendered.outline, problems: rendered.findings };
}

const outlineShape = (outline: Outline) =>
  outline.entries.flatMap((entry) =>
    entry.type === 'day' ? [{ day: entry.label, sessions: entry.sessions.map((session) => [session.label, session.talks.map((talk) => [talk.title, talk.speakers ?? []])]) }] : [],
  );

const scheduleShape = (schedule: Schedule, dayLabel: (index: number, date: string) => string) =>
  schedule.days.map((day, index) => ({
    day: dayLabel(index, day.date),
    sessions: day.sessions
      .filter((session) => session.talks.some((talk) => !talk.cancelled))
      .map((session) => [session.name, session.talks.filter((talk) => !talk.cancelled).map((talk) => [talk.title, talk.speakers])]),
  }));

const input = (schedule: Schedule | undefined, language: string): NewPostInput => ({ title: 'StreamConf notes', language, writeLanguage: true, today: '2026-12-05', comments: false, schedule });

describe('newPostText from a schedule', () => {
  it.each([
    ['pretalx.json', 'en', (index: number, date: string) => `Day ${index + 1} · ${date === '2026-03-14' ? 'Saturday, March 14, 2026' : 'Sunday, March 15, 2026'}`],
    ['frab.xml', 'zh-CN', (index: number, date: string) => `${index === 0 ? '第一天' : '第二天'} · ${date === '2026-03-14' ? '2026年3月14日星期六' : '2026年3月15日星期日'}`],
    ['sessionize.json', 'ja', (index: number, date: string) => `${index + 1}日目 · ${date === '2026-03-14' ? '2026年3月14日土曜日' : '2026年3月15日日曜日'}`],
    ['sched.ics', 'ko', (index: number, date: string) => `${index + 1}일차 · ${date === '2026-03-14' ? '2026년 3월 14일 토요일' : '2026년 3월 15일 일요일'}`],
  ])('%s in %s builds as notes with every day, session, talk and speaker of the schedule, in order', (file, language, dayLabel) => {
    const { schedule } = readSchedule(fixture(file));
    const post = build(newPostText(input(schedule, language)));
    expect(post.problems).toEqual([]);
    expect(post.outline.kind).toEqual('conference');
    expect(outlineShape(post.outline)).toEqual(scheduleShape(schedule, dayLabel));
    expect(countOutline(post.outline)).toEqual({ days: 2, sessions: 4, talks: 7 });
  });

  it('writes the front matter: title, first day, language, the conference, comments as the site says', () => {
    const { schedule } = readSchedule(fixture('frab.xml'));
    const post = build(newPostText({ ...input(schedule, 'de'), comments: true }));
    expect(post.meta).toMatchObject({
      title: 'StreamConf notes',
      lang: 'de',
      conference: { name: 'StreamConf Berlin 2026', place: 'bcc Berlin Congress Center, Berlin', url: 'https://streamconf.example.org/2026/' },
      comments: true,
    });
    expect(post.meta.date).toMatchObject({ year: 2026, month: 3, day: 14 });
  });

  it('writes per talk its speakers, time in the conference zone and links, with the zone said once', () => {
    const text = newPostText(input(readSchedule(fixture('sched.ics')).schedule, 'en'));
    expect(text).toContain('Times are local to the conference (Europe/Berlin).');
    expect(text).toContain(
      [
        "* Exactly-once in der Praxis {#exactly-once-in-der-praxis} <br>",
        "  Speakers: Ana López, 王小明, Sam O'Neil · 10:30–11:15 · [Talk page](https://streamconf2026.sched.com/event/a102/exactly-once-in-der-praxis) · [Slides](https://static.sched.com/hosted_files/streamconf2026/a1/slides.pdf)",
      ].join('\n'),
    );
    expect(text).toContain('* Lightning talks {#lightning-talks} <br>\n  11:30–12:00 · [Talk page](https://streamconf2026.sched.com/event/a103/lightning-talks)\n');
    expect(text).not.toContain('Kafka without ZooKeeper');
  });

  it('escapes what Markdown would read in a title', () => {
    const { schedule } = readSchedule(fixture('pretalx.json'));
    const talk = schedule.days[0]?.sessions[0]?.talks[0];
    if (talk) talk.title = 'Why <script> costs $5 & *stars* [matter] \\[x\\] {#no}';
    const post = build(newPostText(input(schedule, 'en')));
    const first = post.outline.entries[0];
    expect(first?.type === 'day' ? first.sessions[0]?.talks[0]?.title : undefined).toEqual('Why <script> costs $5 & *stars* [matter] \\[x\\] {#no}');
  });
});

describe('newPostText without a schedule', () => {
  it.each([
    ['en', 'Day 1', 'Main hall', 'Title of the first talk', ['Speaker Name']],
    ['zh-CN', '第一天', '主会场', '第一个演讲的标题', ['讲师姓名']],
    ['ja', '1日目', 'メインホール', '最初のセッションのタイトル', ['発表者名']],
    ['ko', '1일차', '메인 홀', '첫 발표 제목', ['발표자 이름']],
  ])('%s: one day, one session, one talk to copy, built as notes', (language, day, session, talk, speakers) => {
    const post = build(newPostText(input(undefined, language)));
    expect(post.problems).toEqual([]);
    expect(outlineShape(post.outline)).toEqual([{ day, sessions: [[session, [[talk, speakers]]]] }]);
    expect(post.meta).toMatchObject({ title: 'StreamConf notes', conference: true, comments: false });
  });
});

describe('newPostFileName', () => {
  it.each([
    ['StreamConf Berlin 2026', '2026-03-14', '2026-03-14-streamconf-berlin-2026.md'],
    ['Flink Forward Asia 2019 参会总结', '2019-11-30', '2019-11-30-flink-forward-asia-2019-参会总结.md'],
    ['!!!', '2026-01-01', '2026-01-01-notes.md'],
  ])('%s', (title, date, expected) => {
    expect(newPostFileName(title, date)).toEqual(expected);
  });
});
