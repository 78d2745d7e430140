import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Outline, OutlineSection, OutlineSession } from './types';

export interface SessionListOptions {
  /** The disclosure's label ('会议日程', 'Contents'). */
  label: string;
  /** A session's talk count as shown after it ('4 个议题'). */
  talkCount: (talks: number) => string;
}

function element(tagName: string, className: string | undefined, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: className ? { className: [className] } : {}, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const link = (id: string, label: string): Element => ({ type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [text(label)] });

function sessionItem(session: OutlineSession, talkCount: SessionListOptions['talkCount']): Element {
  const children: ElementContent[] = [link(session.id, session.label || session.title)];
  if (session.talks.length > 0) {
    children.push(
      element('span', 'talk-count', [text(` (${talkCount(session.talks.length)})`)]),
      element(
        'ol',
        'outline-talks',
        session.talks.map((talk) => element('li', 'outline-talk', [link(talk.id, talk.title)])),
      ),
    );
  }
  return element('li', 'outline-session', children);
}

function sectionItem(section: OutlineSection): Element {
  const children: ElementContent[] = [link(section.id, section.title)];
  if (section.children && section.children.length > 0) children.push(element('ol', 'outline-sessions', section.children.map(sectionItem)));
  return element('li', 'outline-section', children);
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
      return element('li', 'outline-day', [link(entry.id, entry.label), element('ol', 'outline-sessions', entry.sessions.map((session) => sessionItem(session, talkCount)))]);
    }
    return entry.type === 'session' ? sessionItem(entry, talkCount) : sectionItem(entry);
  });
  return toHtml([element('summary', undefined, [text(label)]), element('ol', 'outline', entries)]);
}
