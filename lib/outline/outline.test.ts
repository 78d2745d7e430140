import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content/front-matter';
import { conferenceSetting, parseFrontMatter } from '../content/schema';
import { uiStrings } from '../i18n';
import { renderMarkdown } from '../markdown/render-markdown';
import { countOutline, outlineTargets, type Outline } from './types';

/** A fixture's input.md, front matter (`conference:`) included, through the whole pipeline. */
function renderFixture(source: string) {
  const split = splitFrontMatter(source, 'input.md');
  const meta = parseFrontMatter(split.data);
  return renderMarkdown(split.body, { labels: uiStrings('en'), conference: meta.success ? conferenceSetting(meta.data.conference) : undefined });
}
const render = (markdown: string) => renderMarkdown(markdown, { labels: uiStrings('en') });

/*
 * Fixture folders: input.md → outline.json, through the whole Markdown
 * pipeline (the outline is built where ids are assigned).
 * UPDATE_FIXTURES=1 writes outline.json for review.
 */
describe('outline fixtures', () => {
  const root = path.join(__dirname, 'fixtures');
  for (const name of readdirSync(root)) {
    it(name, () => {
      const { outline } = renderFixture(readFileSync(path.join(root, name, 'input.md'), 'utf8'));
      const expectedFile = path.join(root, name, 'outline.json');
      const actual = `${JSON.stringify(outline, null, 2)}\n`;
      if (process.env.UPDATE_FIXTURES === '1' && (!existsSync(expectedFile) || readFileSync(expectedFile, 'utf8') !== actual)) {
        writeFileSync(expectedFile, actual);
      }
      expect(outline).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});

describe('the seed post', () => {
  const seed = readFileSync(path.resolve(__dirname, '../../content/2019-11-30-flink-forward-asia.md'), 'utf8');
  const { outline, tree } = render(splitFrontMatter(seed, 'seed.md').body);

  it('has Day 1 with day1-morning (4 talks) and day1-afternoon (5), Day 2 with day2-morning (5), then the section conclusion', () => {
    const shape = outline.entries.map((entry) =>
      entry.type === 'day'
        ? { day: entry.label, sessions: entry.sessions.map((session) => [session.id, session.talks.length]) }
        : { [entry.type]: entry.id },
    );
    expect(shape).toEqual([
      { day: 'Day 1', sessions: [['day1-morning', 4], ['day1-afternoon', 5]] },
      { day: 'Day 2', sessions: [['day2-morning', 5]] },
      { section: 'conclusion' },
    ]);
    expect(countOutline(outline)).toEqual({ days: 2, sessions: 3, talks: 14 });
  });

  it.each([
    ['apache-flink-heading-towards-a-unified-engine', ['批流一体', 'PyFlink', '云原生', '最后算来个硬广']],
    ['lyft基于apache-flink的大规模准实时数据分析平台', ['解决小文件问题', 'ETL多级压缩和业务去重', 'Parquet的优化方案']],
  ])('the numbered points after %s are inside that talk', (id, points) => {
    const talk = findById(tree, id);
    expect(talk?.tagName).toBe('article');
    const items = collect(talk, (node) => node.tagName === 'li').map((item) => textOf(item));
    expect(items).toHaveLength(points.length);
    points.forEach((point, index) => expect(items[index]).toContain(point));
  });

  it('lists every day, session, talk and section once, in document order', () => {
    const targets = outlineTargets(outline);
    expect(new Set(targets).size).toBe(targets.length);
    expect(targets.slice(0, 3)).toEqual(['day-1', 'day1-morning', 'stateful-functions-building-general-purpose-applications-and']);
    expect(targets.at(-1)).toBe('conclusion');
  });
});

describe('countOutline', () => {
  it('counts top-level sessions of posts without days', () => {
    const outline: Outline = {
      kind: 'conference',
      kindReason: 'the front matter says conference: true',
      entries: [
        { type: 'session', id: 'a', title: 'A', label: 'A', talks: [{ id: 't', title: 'T' }] },
        { type: 'section', id: 'b', title: 'B' },
      ],
    };
    expect(countOutline(outline)).toEqual({ days: 0, sessions: 1, talks: 1 });
  });
});

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };

function collect(node: Node | undefined, test: (node: Node & { tagName: string }) => boolean): Node[] {
  if (!node) return [];
  const own = node.type === 'element' && node.tagName !== undefined && test({ ...node, tagName: node.tagName }) ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => collect(child, test))];
}

function findById(tree: unknown, id: string): Node | undefined {
  return collect(JSON.parse(JSON.stringify(tree)) as Node, (node) => node.properties?.id === id)[0];
}

function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}
