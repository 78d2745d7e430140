import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Outline, OutlineSection, OutlineSession } from './types';

export interface SessionListOptions {
  /** The disclosure's label ('会议日程', 'Contents'). */
  label: string;
  /** A session's talk count as shown after it ('4 个议题'). */
  talkCount: (talks: number) => string;
}

const link = (id: string, label: string): Element => h('a', { href: `#${id}` }, label);

function sessionItem(session: OutlineSession, talkCount: SessionListOptions['talkCount']): Element {
  if (session.talks.length === 0) return h('li.outline-session', link(session.id, session.label || session.title));
  return h(
    'li.outline-session',
    link(session.id, session.label || session.title),
    h('span.talk-count', ` (${talkCount(session.talks.length)})`),
    h(
      'ol.outline-talks',
      session.talks.map((talk) => h('li.outline-talk', link(talk.id, talk.title))),
    ),
  );
}

function sectionItem(section: OutlineSection): Element {
  const children = section.children ?? [];
  return h('li.outline-section', link(section.id, section.title), children.length > 0 ? h('ol.outline-sessions', children.map(sectionItem)) : undefined);
}

/**
 * What the session list's <details> holds: a summary with the label, then
 * the post's days, sessions and talks (an article's headings) as nested
 * links to their anchors. A string, like the post body, for the same reason
 * as the talk lists (talk-list-html.ts): a thousand post pages of React
 * elements for it cost the build seconds, a string costs nothing.
 */
export function sessionListHtml(outline: Outline, { label, talkCount }: SessionListOptions): string {
  const entries = outline.entries.map((entry) => {
    if (entry.type === 'day') {
      return h('li.outline-day', link(entry.id, entry.label), h('ol.outline-sessions', entry.sessions.map((session) => sessionItem(session, talkCount))));
    }
    return entry.type === 'session' ? sessionItem(entry, talkCount) : sectionItem(entry);
  });
  return toHtml([h('summary', label), h('ol.outline', entries)]);
}
