import { describe, expect, it } from 'vitest';
import type { Outline } from '../outline/types';
import { speakerAnchor, speakerIndex, speakerPages, siteSpeakers } from './speakers';

const outline = (talks: Array<[string, string[] | undefined]>): Outline => ({
  kind: 'conference',
  kindReason: '',
  entries: [
    {
      type: 'day',
      id: 'day1',
      label: 'Day 1',
      hasHeading: true,
      sessions: [{ type: 'session', id: 'main', title: 'Main', label: 'Main', talks: talks.map(([title, speakers], index) => ({ id: `t${index}`, title, ...(speakers ? { speakers } : {}) })) }],
    },
  ],
});
const post = (title: string, year: number, talks: Array<[string, string[] | undefined]>) => ({ urlPath: `/${year}/${title}.html`, title, date: { year }, outline: outline(talks) });

describe('speakerIndex', () => {
  it('lists every speaker with their talks across posts, newest post first, by name', () => {
    const speakers = speakerIndex([
      post('streamconf', 2026, [['Opening', ['Jürgen Weiß']], ['Exactly-once', ['Ana López', '王小明', "Sam O'Neil"]], ['Lightning talks', undefined]]),
      post('ffa', 2019, [['Flink SQL', ['ana lópez']], ['Keynote', ['Jürgen  Weiß']]]),
    ]);
    expect(speakers.map((speaker) => [speaker.anchor, speaker.name, speaker.talks.map((talk) => `${talk.path} ${talk.title} (${talk.conference}, ${talk.year ?? ''})`)])).toEqual([
      ['ana-lópez', 'Ana López', ['/2026/streamconf.html#t1 Exactly-once (streamconf, 2026)', '/2019/ffa.html#t0 Flink SQL (ffa, 2019)']],
      ['jürgen-weiß', 'Jürgen Weiß', ['/2026/streamconf.html#t0 Opening (streamconf, 2026)', '/2019/ffa.html#t1 Keynote (ffa, 2019)']],
      ["sam-oneil", "Sam O'Neil", ['/2026/streamconf.html#t1 Exactly-once (streamconf, 2026)']],
      ['王小明', '王小明', ['/2026/streamconf.html#t1 Exactly-once (streamconf, 2026)']],
    ]);
  });

  it('lists nobody for posts without speakers, and leaves articles out', () => {
    expect(speakerIndex([post('a', 2020, [['Talk', undefined]]), { ...post('b', 2020, [['Talk', ['X Y']]]), outline: { ...outline([['Talk', ['X Y']]]), kind: 'article' } }])).toEqual([]);
  });
});

describe('speaker pages', () => {
  it('cut the index into pages within the budget, and say where each name is', () => {
    const posts = Array.from({ length: 30 }, (_, index) => post(`p${index}`, 2020, [[`Talk ${index}`, [`Speaker ${String(index).padStart(2, '0')}`]]]));
    const pages = speakerPages(speakerIndex(posts), 2000);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((page) => page.speakers).length).toEqual(30);
    const { pathOf } = siteSpeakers(posts);
    expect([pathOf('Speaker 00'), pathOf('Nobody')]).toEqual(['/speakers/#speaker-00', undefined]);
  });

  it('anchors a name by its slug; a name of punctuation has none', () => {
    expect([speakerAnchor('Jane Doe'), speakerAnchor('李娜'), speakerAnchor('—')]).toEqual(['jane-doe', '李娜', undefined]);
  });
});
