import { describe, expect, it } from 'vitest';
import { parseDayMarker } from './day-marker';

describe('parseDayMarker', () => {
  it.each([
    ['Day 1', { key: 'day-1', label: 'Day 1', rest: '' }],
    ['Day1', { key: 'day-1', label: 'Day1', rest: '' }],
    ['DAY 2: Keynotes', { key: 'day-2', label: 'DAY 2', rest: 'Keynotes' }],
    ['Day One', { key: 'day-1', label: 'Day One', rest: '' }],
    ['D1', { key: 'day-1', label: 'D1', rest: '' }],
    ['D2 - Workshops', { key: 'day-2', label: 'D2', rest: 'Workshops' }],
    ['Day 1 上午的主会场', { key: 'day-1', label: 'Day 1', rest: '上午的主会场' }],
    ['Day 2 也是最后一个上午，转去听了企业实践专场', { key: 'day-2', label: 'Day 2', rest: '也是最后一个上午，转去听了企业实践专场' }],
    ['第一天', { key: 'day-1', label: '第一天', rest: '' }],
    ['第1天：主会场', { key: 'day-1', label: '第1天', rest: '主会场' }],
    ['第十二天', { key: 'day-12', label: '第十二天', rest: '' }],
    ['1日目', { key: 'day-1', label: '1日目', rest: '' }],
    ['2日目 午後のセッション', { key: 'day-2', label: '2日目', rest: '午後のセッション' }],
    ['1일 차', { key: 'day-1', label: '1일 차', rest: '' }],
    ['2일차 오후 세션', { key: 'day-2', label: '2일차', rest: '오후 세션' }],
    ['Tag 1', { key: 'day-1', label: 'Tag 1', rest: '' }],
    ['2. Tag – Vorträge', { key: 'day-2', label: '2. Tag', rest: 'Vorträge' }],
    ['Monday, 6 June', { key: 'date-monday, 6 june', label: 'Monday, 6 June', rest: '' }],
    ['Tuesday June 7th (Hall A)', { key: 'date-tuesday june 7th', label: 'Tuesday June 7th', rest: 'Hall A' }],
    ['Montag, 6. Juni', { key: 'date-montag, 6. juni', label: 'Montag, 6. Juni', rest: '' }],
    ['11月30日（周六）上午', { key: 'date-11月30日（周六）', label: '11月30日（周六）', rest: '上午' }],
    // A date after the marker is part of the day, not a session of it.
    ['Day 1 · 2019-11-30', { key: 'day-1', label: 'Day 1 · 2019-11-30', rest: '' }],
    ['Day 2 (March 14, 2026)', { key: 'day-2', label: 'Day 2 (March 14, 2026)', rest: '' }],
    ['Day 1 · Saturday, March 14, 2026', { key: 'day-1', label: 'Day 1 · Saturday, March 14, 2026', rest: '' }],
    ['Tag 2 · Sonntag, 15. März 2026', { key: 'day-2', label: 'Tag 2 · Sonntag, 15. März 2026', rest: '' }],
    ['第一天（11月30日）', { key: 'day-1', label: '第一天（11月30日）', rest: '' }],
    ['第一天 · 2026年3月14日星期六', { key: 'day-1', label: '第一天 · 2026年3月14日星期六', rest: '' }],
    ['1日目 · 2026年3月14日土曜日', { key: 'day-1', label: '1日目 · 2026年3月14日土曜日', rest: '' }],
    ['1일차 · 2026년 3월 14일 토요일', { key: 'day-1', label: '1일차 · 2026년 3월 14일 토요일', rest: '' }],
    ['Day 1 2019-11-30 Keynotes', { key: 'day-1', label: 'Day 1', rest: '2019-11-30 Keynotes' }],
  ])('%s', (text, expected) => {
    expect(parseDayMarker(text)).toEqual(expected);
  });

  it.each(['D3.js in practice', 'Daydream', 'Days of future past', 'Keynote', '后记', 'Today 1 thing', 'Tagging', 'Monday morning', 'Data Day 1'])(
    'no day in %j',
    (text) => {
      expect(parseDayMarker(text)).toBeUndefined();
    },
  );
});
