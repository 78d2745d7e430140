import { describe, expect, it } from 'vitest';
import { talkListHtml } from './talk-list-html';
import type { Outline, OutlineSession } from './types';

const session = (id: string, talks: OutlineSession['talks'], label = id): OutlineSession => ({ type: 'session', id, title: `Day 1 ${label}`, label, talks });

const outline = (entries: Outline['entries']): Outline => ({ kind: 'conference', kindReason: 'test', entries });

const talk = { id: 'pravega', title: 'Reliable <Streaming> & Storage', summary: 'Pravega for "streams".' };

describe('talkListHtml', () => {
  it.each([
    ['nothing without talks', outline([{ type: 'section', id: 'intro', title: 'Intro' }, session('empty', [])]), true, ''],
    [
      'a session at the top level: an h3, the title escaped, the summary as a paragraph',
      outline([session('keynote', [talk])]),
      true,
      '<ol class="talk-index-days"><li class="talk-index-session"><h3 class="talk-index-session-title"><a href="/notes/p.html#keynote">keynote</a></h3>' +
        '<ol class="talk-index-talks"><li data-talk=""><a href="/notes/p.html#pravega">Reliable &#x3C;Streaming> &#x26; Storage</a>' +
        '<p class="talk-index-summary">Pravega for "streams".</p></li></ol></li></ol>',
    ],
    [
      'titles only (a keyword page): no summary, no filter hook',
      outline([session('keynote', [talk])]),
      false,
      '<ol class="talk-index-days"><li class="talk-index-session"><h3 class="talk-index-session-title"><a href="/notes/p.html#keynote">keynote</a></h3>' +
        '<ol class="talk-index-talks"><li><a href="/notes/p.html#pravega">Reliable &#x3C;Streaming> &#x26; Storage</a></li></ol></li></ol>',
    ],
    [
      'a day: an h3, its sessions h4, sessions without talks and sections left out',
      outline([
        { type: 'section', id: 'intro', title: 'Intro' },
        { type: 'day', id: 'day-1', label: 'Day 1', hasHeading: true, sessions: [session('empty', []), session('afternoon', [{ id: 't', title: 'T' }], '下午')] },
        { type: 'day', id: 'day-2', label: 'Day 2', hasHeading: true, sessions: [session('nothing', [])] },
      ]),
      true,
      '<ol class="talk-index-days"><li class="talk-index-day"><h3 class="talk-index-day-title"><a href="/notes/p.html#day-1">Day 1</a></h3>' +
        '<ol class="talk-index-sessions"><li class="talk-index-session"><h4 class="talk-index-session-title"><a href="/notes/p.html#afternoon">下午</a></h4>' +
        '<ol class="talk-index-talks"><li data-talk=""><a href="/notes/p.html#t">T</a></li></ol></li></ol></li></ol>',
    ],
  ])('%s', (_case, given, summaries, expected) => {
    // The talk index shows summaries and has the filter; keyword pages neither.
    expect(talkListHtml(given, { postHref: '/notes/p.html', summaries, filterable: summaries })).toEqual(expected);
  });

  it('names a session by its title when it has no label', () => {
    const html = talkListHtml(outline([{ ...session('s', [talk]), label: '' }]), { postHref: '/p.html', summaries: false, filterable: false });
    expect(html.match(/<h3[^>]*><a href="\/p.html#s">([^<]*)<\/a>/)?.[1]).toEqual('Day 1 s');
  });

  it("lists a talk's speakers after its title, each linking where speakerHref says, where it is given", () => {
    const withSpeakers = outline([session('s', [{ ...talk, speakers: ['Jane <Doe>', '李娜'] }])]);
    const speakerHref = (name: string) => (name === '李娜' ? '/speakers/#李娜' : undefined);
    expect(talkListHtml(withSpeakers, { postHref: '/p.html', summaries: false, filterable: false, speakerHref })).toContain(
      '<a href="/p.html#pravega">Reliable &#x3C;Streaming> &#x26; Storage</a><span class="talk-speakers"> — Jane &#x3C;Doe>, <a href="/speakers/#李娜">李娜</a></span></li>',
    );
    expect(talkListHtml(withSpeakers, { postHref: '/p.html', summaries: false, filterable: false })).not.toContain('talk-speakers');
  });
});
