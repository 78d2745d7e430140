import type { Element, ElementContent, Root, RootContent } from 'hast';
import { slug } from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { whitespace } from 'hast-util-whitespace';
import type { VFile } from 'vfile';
import { setElementData } from './element-data';
import { articleOutline, decidePostKind, headingText, type ConferenceSetting } from './post-kind';
import { splitListItem } from './talk-list-item';
import { parseDayMarker, type DayMarker } from '../../outline/day-marker';
import { TakenIds } from '../../outline/taken-ids';
import { talkSpeakers, speakersOfLine } from '../../outline/speakers';
import { talkSlug } from '../../outline/talk-id';
import type { Outline, OutlineDay, OutlineSection, OutlineSession, OutlineTalk } from '../../outline/types';
import { visitElements } from './walk';

/*
 * Reads a conference post as days → sessions → talks and lays the page out
 * that way, in one pass over the top-level blocks, after heading ids are
 * final: the outline it leaves in `file.data.outline` and the ids on the page
 * cannot disagree.
 *
 * First, what the post is (./post-kind.ts): an article is left as written
 * (its lists stay lists) and its outline is a contents list of its top two
 * heading levels. Conference notes are laid out:
 *
 * - A heading that is only a day marker (`## Day 1`) opens a day; the
 *   headings under it are its sessions. A day marker plus text
 *   (`Day 1 上午的主会场`) is a session of that day, and consecutive ones with
 *   the same day share it.
 * - Inside a session, each item of a bulleted list is a talk: its title is
 *   the text before the first <br> or line break, the rest of the item and
 *   every block up to the next talk or heading is its summary (the seed's
 *   numbered lists that follow a bullet). A heading one level below the
 *   session is a talk too.
 * - In a post without days, the top-level sections are the sessions; in a
 *   post with days, a top-level heading outside them (an afterword) is a
 *   plain section.
 * Days and sessions become <section>s labelled by their heading; each talk
 * an <article class="talk"> that carries its id.
 */

interface TalkNode {
  element: Element;
  summary: Element;
  fromHeading: boolean;
  outline: OutlineTalk;
}

interface SessionNode {
  outline: OutlineSession;
  element: Element;
  rank: number;
  talk: TalkNode | undefined;
}

interface DayNode {
  outline: OutlineDay;
  element: Element;
  key: string;
  /** Rank of the day's own heading; undefined for a day made of 'Day 1 …' session headings. */
  rank: number | undefined;
}

interface SectionNode {
  element: Element;
  rank: number;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The text of the first line of inline content: up to a <br>, a block or a line break. */
function firstLineText(nodes: readonly ElementContent[]): string | undefined {
  const first = nodes.find((node) => !whitespace(node));
  if (first?.type === 'element' && first.tagName === 'p') return firstLineText(first.children);
  let text = '';
  for (const node of nodes) {
    if (node.type === 'element' && (node.tagName === 'br' || !INLINE_TEXT_TAGS.has(node.tagName))) break;
    if (node.type === 'comment') continue;
    text = (text + toString(node)).replace(/^\s+/, '');
    if (text.includes('\n')) break;
  }
  const line = text.split('\n')[0]?.trim() ?? '';
  return line === '' ? undefined : line;
}

const INLINE_TEXT_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

function collectIds(tree: Root): TakenIds {
  const ids = new TakenIds();
  visitElements(tree, (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

class OutlineLayout {
  readonly outline: Outline;
  private readonly out: RootContent[] = [];
  private day: DayNode | undefined;
  private session: SessionNode | undefined;
  private section: SectionNode | undefined;
  private readonly talks: TalkNode[] = [];

  constructor(
    private readonly taken: TakenIds,
    private readonly postHasDays: boolean,
    kindReason: string,
    kindLine: number | undefined,
  ) {
    this.outline = { kind: 'conference', kindReason, ...(kindLine !== undefined ? { kindLine } : {}), entries: [] };
  }

  result(): RootContent[] {
    this.closeDay();
    this.closeSection();
    for (const talk of this.talks) {
      if (talk.summary.children.length === 0) talk.element.children = talk.element.children.filter((child) => child !== talk.summary);
    }
    return this.out;
  }

  heading(heading: Element, rank: number): void {
    const text = headingText(heading);
    const id = String(heading.properties.id ?? '');
    const marker = parseDayMarker(text);
    if (marker) {
      this.dayHeading(heading, rank, id, text, marker);
      return;
    }
    const session = this.session;
    if (session && rank === session.rank + 1) {
      this.headingTalk(session, heading, rank, text);
      return;
    }
    if (session && rank > session.rank) {
      this.append(heading);
      return;
    }
    if (this.section && rank > this.section.rank) {
      this.append(heading);
      return;
    }
    if (this.day?.rank !== undefined && rank > this.day.rank) {
      this.openSession(heading, rank, id, text, text);
      return;
    }
    this.closeDay();
    this.closeSection();
    if (this.postHasDays) this.openSection(heading, rank, id, text);
    else this.openSession(heading, rank, id, text, text);
  }

  block(node: RootContent): void {
    if (node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes !== undefined) {
      // Footnotes belong to the whole post, after everything else.
      this.closeDay();
      this.closeSection();
      this.out.push(node);
      return;
    }
    const session = this.session;
    const isList = node.type === 'element' && (node.tagName === 'ul' || (node.tagName === 'ol' && !session?.talk));
    if (session && isList && !session.talk?.fromHeading) {
      this.listTalks(session, node);
      return;
    }
    this.append(node);
  }

  private dayHeading(heading: Element, rank: number, id: string, text: string, marker: DayMarker): void {
    if (marker.rest === '') {
      this.closeDay();
      this.closeSection();
      const outline: OutlineDay = { type: 'day', id, label: marker.label, hasHeading: true, sessions: [] };
      const section = element('section', { className: ['day'], ariaLabelledBy: [id] }, [heading]);
      this.day = { outline, element: section, key: marker.key, rank };
      this.outline.entries.push(outline);
      this.out.push(section);
      return;
    }
    if (this.day?.key !== marker.key) {
      this.closeDay();
      this.closeSection();
      const dayId = this.taken.claim(slug(marker.label));
      const outline: OutlineDay = { type: 'day', id: dayId, label: marker.label, hasHeading: false, sessions: [] };
      const section = element('section', { className: ['day'], id: dayId, ariaLabel: marker.label });
      this.day = { outline, element: section, key: marker.key, rank: undefined };
      this.outline.entries.push(outline);
      this.out.push(section);
    }
    this.openSession(heading, rank, id, text, marker.rest);
  }

  private openSession(heading: Element, rank: number, id: string, title: string, label: string): void {
    this.closeSession();
    const outline: OutlineSession = { type: 'session', id, title, label, talks: [] };
    const section = element('section', { className: ['session'], ariaLabelledBy: [id] }, [heading]);
    this.session = { outline, element: section, rank, talk: undefined };
    if (this.day) {
      this.day.outline.sessions.push(outline);
      this.day.element.children.push(section);
    } else {
      this.outline.entries.push(outline);
      this.out.push(section);
    }
  }

  private openSection(heading: Element, rank: number, id: string, title: string): void {
    const outline: OutlineSection = { type: 'section', id, title };
    const section = element('section', { className: ['section'], ariaLabelledBy: [id] }, [heading]);
    this.section = { element: section, rank };
    this.outline.entries.push(outline);
    this.out.push(section);
  }

  private headingTalk(session: SessionNode, heading: Element, rank: number, title: string): void {
    const ownId = String(heading.properties.id ?? '');
    let id: string;
    if (heading.data?.explicitId === true && ownId !== '') {
      id = ownId;
    } else {
      this.taken.delete(ownId);
      id = this.taken.claim(talkSlug(title));
    }
    delete heading.properties.id;
    heading.properties.className = ['talk-title'];
    setElementData(heading, { anchorTarget: id });
    const speakers = talkSpeakers(title, undefined);
    this.openTalk(session, { id, title, ...(speakers ? { speakers } : {}) }, heading, [], true);
  }

  private listTalks(session: SessionNode, list: Element): void {
    for (const item of list.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const parts = splitListItem(item);
      if (!parts) {
        this.append(element(list.tagName, { ...list.properties }, [item]));
        continue;
      }
      const title = toString(element('span', {}, parts.title)).replace(/\s+/g, ' ').trim();
      const id = parts.authorId !== undefined && !this.taken.has(parts.authorId) ? parts.authorId : this.taken.claim(talkSlug(title));
      this.taken.add(id);
      const rank = Math.min(6, session.rank + 1);
      const heading = element(`h${rank}`, { className: ['talk-title'] }, parts.title);
      setElementData(heading, { anchorTarget: id });
      const speakers = talkSpeakers(title, firstLineText(parts.summary));
      this.openTalk(session, { id, title, ...(speakers ? { speakers } : {}) }, heading, parts.summary, false);
    }
  }

  private openTalk(session: SessionNode, talk: OutlineTalk, heading: Element, summary: ElementContent[], fromHeading: boolean): void {
    const summaryElement = element('div', { className: ['talk-summary'] }, summary);
    const article = element('article', { className: ['talk'], id: talk.id }, [heading, summaryElement]);
    session.outline.talks.push(talk);
    session.element.children.push(article);
    session.talk = { element: article, summary: summaryElement, fromHeading, outline: talk };
    this.talks.push(session.talk);
  }

  private append(node: RootContent): void {
    if (node.type === 'doctype') return;
    const talk = this.session?.talk;
    if (talk?.fromHeading && talk.summary.children.length === 0 && node.type === 'element' && node.tagName === 'p') {
      // A talk under its own heading names its speakers in the paragraph right below.
      const speakers = speakersOfLine(firstLineText(node.children) ?? '');
      if (speakers) talk.outline.speakers = speakers;
    }
    const container = this.session?.talk?.summary ?? this.session?.element ?? this.section?.element ?? this.day?.element;
    if (container) container.children.push(node);
    else this.out.push(node);
  }

  private closeSession(): void {
    this.session = undefined;
  }

  private closeDay(): void {
    this.closeSession();
    this.day = undefined;
  }

  private closeSection(): void {
    this.section = undefined;
  }
}

export interface ConferenceOutlineOptions {
  /** Front matter `conference`: true or the conference's name, false, or absent (day markers decide). */
  conference?: ConferenceSetting;
}

export default function rehypeConferenceOutline(options: ConferenceOutlineOptions = {}) {
  return function transform(tree: Root, file: VFile) {
    const topLevel = tree.children.filter((node) => !(node.type === 'text' && whitespace(node)));
    const headings = topLevel.filter((node): node is Element => node.type === 'element' && headingRank(node) !== undefined);
    const kind = decidePostKind(headings, options.conference);
    if (kind.kind === 'article') {
      file.data.outline = articleOutline(headings, kind.reason);
      return;
    }
    const layout = new OutlineLayout(collectIds(tree), kind.hasDays, kind.reason, kind.line);
    for (const node of topLevel) {
      const rank = node.type === 'element' ? headingRank(node) : undefined;
      if (node.type === 'element' && rank !== undefined) layout.heading(node, rank);
      else layout.block(node);
    }
    tree.children = layout.result();
    file.data.outline = layout.outline;
  };
}
