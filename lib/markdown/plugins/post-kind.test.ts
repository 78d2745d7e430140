import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleOutline, decidePostKind, type ConferenceSetting } from './post-kind';

const headings = (html: string): Element[] =>
  unified().use(rehypeParse, { fragment: true }).parse(html).children.filter((node): node is Element => node.type === 'element');

describe('decidePostKind', () => {
  const withDay = '<h2 id="a">Intro</h2><h2 id="d">Day 1 上午</h2>';
  const withoutDay = '<h2 id="a">Intro</h2><h2 id="b">Checklist</h2>';
  it.each<[string, string, ConferenceSetting, { kind: string; reason: string; hasDays?: boolean }]>([
    ['a day marker decides', withDay, undefined, { kind: 'conference', reason: 'the heading "Day 1 上午" carries a day marker', hasDays: true }],
    ['no day marker, nothing said: an article', withoutDay, undefined, { kind: 'article', reason: 'no heading carries a day marker (Day 1, 第一天, 1日目…) and the front matter does not say conference' }],
    ['conference: true without days', withoutDay, true, { kind: 'conference', reason: 'the front matter says conference: true', hasDays: false }],
    ['the conference named', withoutDay, 'QCon Beijing', { kind: 'conference', reason: 'the front matter names the conference ("QCon Beijing")', hasDays: false }],
    ['conference: false wins over a day marker', withDay, false, { kind: 'article', reason: 'the front matter says conference: false' }],
  ])('%s', (_name, html, conference, expected) => {
    const kind = decidePostKind(headings(html), conference);
    expect(kind.kind === 'article' ? kind : { kind: kind.kind, reason: kind.reason, hasDays: kind.hasDays }).toEqual(expected);
  });
});

describe('articleOutline', () => {
  it('lists the top level, each with the level below; deeper headings stay out', () => {
    const outline = articleOutline(headings('<h2 id="a">A</h2><h3 id="a1">A.1</h3><h4 id="deep">deep</h4><h2 id="b">B</h2>'), 'why');
    expect(outline).toEqual({
      kind: 'article',
      kindReason: 'why',
      entries: [
        { type: 'section', id: 'a', title: 'A', children: [{ type: 'section', id: 'a1', title: 'A.1' }] },
        { type: 'section', id: 'b', title: 'B' },
      ],
    });
  });
});
