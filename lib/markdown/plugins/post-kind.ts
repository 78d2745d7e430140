import type { Element } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { parseDayMarker } from '../../outline/day-marker';
import type { Outline, OutlineSection } from '../../outline/types';

/*
 * Whether a post is conference notes or an article, and why. Blogs of
 * conference notes hold articles too (a use-case write-up, a checklist)
 * written with the same `* Item <br>` idiom, so the talk layout is applied
 * only when the front matter says so (`conference: true` or a conference's
 * name) or a heading carries a day marker; `conference: false` always wins.
 * The reason is shown by `npm run check -- --verbose`, so an author can see
 * why a post was read one way.
 */

export const headingText = (heading: Element) => toString(heading).replace(/\s+/g, ' ').trim();

export type PostKind =
  | { kind: 'article'; reason: string }
  | {
      kind: 'conference';
      reason: string;
      /** Whether some heading carries a day marker: then a top-level heading outside the days is a plain section. */
      hasDays: boolean;
      /** Line of the day-marker heading that decided it, when the front matter did not. */
      line: number | undefined;
    };

/** Front matter `conference`: true or the conference's name, false, or absent (day markers decide). */
export type ConferenceSetting = boolean | string | undefined;

export function decidePostKind(headings: readonly Element[], conference: ConferenceSetting): PostKind {
  const dayHeading = headings.find((heading) => parseDayMarker(headingText(heading)) !== undefined);
  if (conference === false) return { kind: 'article', reason: 'the front matter says conference: false' };
  if (conference === undefined && !dayHeading) {
    return { kind: 'article', reason: 'no heading carries a day marker (Day 1, 第一天, 1日目…) and the front matter does not say conference' };
  }
  const hasDays = dayHeading !== undefined;
  if (typeof conference === 'string') return { kind: 'conference', reason: `the front matter names the conference ("${conference}")`, hasDays, line: undefined };
  if (conference === true) return { kind: 'conference', reason: 'the front matter says conference: true', hasDays, line: undefined };
  return {
    kind: 'conference',
    reason: `the heading "${dayHeading ? headingText(dayHeading) : ''}" carries a day marker`,
    hasDays,
    line: dayHeading?.position?.start.line,
  };
}

/** The contents of an article: its top-level headings, each with the headings one level below. */
export function articleOutline(headings: readonly Element[], kindReason: string): Outline {
  const ranks = headings.map((heading) => headingRank(heading) ?? 6);
  const top = Math.min(...ranks);
  const entries: OutlineSection[] = [];
  headings.forEach((heading, index) => {
    const id = heading.properties.id;
    if (typeof id !== 'string' || id === '') return;
    const entry: OutlineSection = { type: 'section', id, title: headingText(heading) };
    if (ranks[index] === top) entries.push(entry);
    else if (ranks[index] === top + 1) {
      const parent = entries.at(-1);
      if (parent) parent.children = [...(parent.children ?? []), entry];
      else entries.push(entry);
    }
  });
  return { kind: 'article', kindReason, entries };
}
