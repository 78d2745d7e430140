import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { countOutline, type Outline, type OutlineSession } from './types';

export interface TalkListOptions {
  /** The post page's address as readers follow it (base path included); each link is it plus `#<id>`. */
  postHref: string;
  /** The first sentence of each talk's summary (the talk index), or titles only (keyword pages). */
  summaries: boolean;
  /** Marks each talk for the reader script's filter (data-talk), on the one page that has the filter. */
  filterable: boolean;
  /** Lists each talk's speakers, each linking where this says (the speaker index); speakers are left out without it. */
  speakerHref?: ((name: string) => string | undefined) | undefined;
}

function speakersElement(names: readonly string[] | undefined, speakerHref: TalkListOptions['speakerHref']): Element | undefined {
  if (!speakerHref || !names || names.length === 0) return undefined;
  const parts = names.flatMap((name, index) => {
    const href = speakerHref(name);
    return [...(index > 0 ? [', '] : []), href ? h('a', { href }, name) : name];
  });
  return h('span.talk-speakers', ' — ', parts);
}

function sessionItem(session: OutlineSession, heading: 'h3' | 'h4', { postHref, summaries, filterable, speakerHref }: TalkListOptions): Element | undefined {
  if (session.talks.length === 0) return undefined;
  // No class on each talk and its link: a thousand posts list 14,000 talks a page, and CSS reaches them as .talk-index-talks > li.
  const talks = session.talks.map((talk) =>
    h(
      'li',
      filterable ? { dataTalk: '' } : {},
      h('a', { href: `${postHref}#${talk.id}` }, talk.title),
      speakersElement(talk.speakers, speakerHref),
      summaries && talk.summary ? h('p.talk-index-summary', talk.summary) : undefined,
    ),
  );
  return h('li.talk-index-session', h(`${heading}.talk-index-session-title`, h('a', { href: `${postHref}#${session.id}` }, session.label || session.title)), h('ol.talk-index-talks', talks));
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/**
 * A conference post's talks, grouped by day and session, each linking to its
 * anchor on the post page: the list the talk index and the keyword pages show
 * under each post. Headings are h3 (days, or sessions of a post without days)
 * and h4, one level below the post's h2 in those lists. Empty for a post
 * without talks.
 *
 * A string rather than React elements: the same post's list appears on the
 * talk index and on each of its keywords' pages, tens of thousands of talks at
 * a thousand posts, and rendering them as elements on every one of those
 * pages was most of the build's time beyond the framework's own.
 */
export function talkListHtml(outline: Outline, options: TalkListOptions): string {
  if (countOutline(outline).talks === 0) return '';
  const days = outline.entries
    .map((entry): Element | undefined => {
      if (entry.type === 'section') return undefined;
      if (entry.type === 'session') return sessionItem(entry, 'h3', options);
      const sessions = entry.sessions.map((session) => sessionItem(session, 'h4', options)).filter(defined);
      if (sessions.length === 0) return undefined;
      return h('li.talk-index-day', h('h3.talk-index-day-title', h('a', { href: `${options.postHref}#${entry.id}` }, entry.label)), h('ol.talk-index-sessions', sessions));
    })
    .filter(defined);
  return toHtml(h('ol.talk-index-days', days));
}
