import { describe, expect, it } from 'vitest';
import type { Outline } from '../outline/types';
import { talkRecords, talkYears } from './talk-years';

const outline = (talks: string[]): Outline => ({
  kind: 'conference',
  kindReason: '',
  entries: [{ type: 'day', id: 'day1', label: 'Day 1', hasHeading: true, sessions: [{ type: 'session', id: 'main', title: 'Main', label: 'Main', talks: talks.map((title, index) => ({ id: `t${index}`, title, summary: `About ${title}.` })) }] }],
});
const post = (title: string, year: number | undefined, talks: string[]) => ({ urlPath: `/${title}.html`, title, keywords: ['k'], date: year === undefined ? undefined : { year }, outline: outline(talks) });

describe('talkYears', () => {
  it('groups the posts with talks by year, newest first, undated last', () => {
    const years = talkYears([post('a', 2023, ['x', 'y']), post('b', undefined, ['z']), post('c', 2019, ['w']), post('d', 2023, []), post('e', 2023, ['v'])]);
    expect(years.map((year) => [year.year, year.posts.map((entry) => entry.title), year.talks])).toEqual([
      ['2023', ['a', 'e'], 3],
      ['2019', ['c'], 1],
      ['undated', ['b'], 1],
    ]);
  });

  it('gives each talk of a year to the filter with its anchor, summary, conference, keywords, year and speakers', () => {
    const withSpeakers = post('a', 2023, ['x', 'y']);
    const [session] = withSpeakers.outline.entries.flatMap((entry) => (entry.type === 'day' ? entry.sessions : []));
    if (session?.talks[0]) session.talks[0].speakers = ['Jane Doe', '李娜'];
    const [year] = talkYears([withSpeakers]);
    expect(year && talkRecords(year, (urlPath) => `/notes${urlPath}`)).toEqual([
      { t: 'x', u: '/notes/a.html#t0', s: 'About x.', c: 'a', k: 'k', y: '2023', p: 'Jane Doe, 李娜' },
      { t: 'y', u: '/notes/a.html#t1', s: 'About y.', c: 'a', k: 'k', y: '2023', p: '' },
    ]);
  });
});
