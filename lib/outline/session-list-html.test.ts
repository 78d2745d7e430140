import { describe, expect, it } from 'vitest';
import { sessionListHtml } from './session-list-html';
import type { Outline } from './types';

const options = { label: '会议日程', talkCount: (talks: number) => `${talks} 个议题` };

describe('sessionListHtml', () => {
  it.each<[string, Outline['entries'], string]>([
    [
      'a day with a session of talks and one without, escaped',
      [
        {
          type: 'day',
          id: 'day-1',
          label: 'Day 1',
          hasHeading: true,
          sessions: [
            { type: 'session', id: 'am', title: 'Day 1 上午', label: '上午', talks: [{ id: 'x', title: 'A <b> & C' }] },
            { type: 'session', id: 'pm', title: 'Day 1 下午', label: '', talks: [] },
          ],
        },
      ],
      '<summary>会议日程</summary><ol class="outline"><li class="outline-day"><a href="#day-1">Day 1</a><ol class="outline-sessions">' +
        '<li class="outline-session"><a href="#am">上午</a><span class="talk-count"> (1 个议题)</span><ol class="outline-talks"><li class="outline-talk"><a href="#x">A &#x3C;b> &#x26; C</a></li></ol></li>' +
        '<li class="outline-session"><a href="#pm">Day 1 下午</a></li></ol></li></ol>',
    ],
    [
      'sections with headings below them, and a session at the top level',
      [
        { type: 'section', id: 'intro', title: 'Intro', children: [{ type: 'section', id: 'why', title: 'Why' }] },
        { type: 'section', id: 'end', title: 'End', children: [] },
        { type: 'session', id: 's', title: 'Keynote', label: 'Keynote', talks: [] },
      ],
      '<summary>会议日程</summary><ol class="outline"><li class="outline-section"><a href="#intro">Intro</a><ol class="outline-sessions"><li class="outline-section"><a href="#why">Why</a></li></ol></li>' +
        '<li class="outline-section"><a href="#end">End</a></li><li class="outline-session"><a href="#s">Keynote</a></li></ol>',
    ],
  ])('%s', (_case, entries, expected) => {
    expect(sessionListHtml({ kind: 'conference', kindReason: 'test', entries }, options)).toEqual(expected);
  });
});
