import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../lib/i18n';
import { renderMarkdown } from '../lib/markdown/render-markdown';
import { countOutline, type Outline } from '../lib/outline/types';
import { outlineOnly } from './bench-posts';

const seed = readFileSync(path.join(process.cwd(), 'content', '2019-11-30-flink-forward-asia.md'), 'utf8');
const labels = uiStrings('zh-CN');

function outlineOf(post: string): Outline {
  const { content, data } = matter(post);
  return renderMarkdown(content, { labels, title: typeof data.title === 'string' ? data.title : undefined }).outline;
}

const talkTitles = (outline: Outline) =>
  outline.entries.flatMap((entry) => (entry.type === 'day' ? entry.sessions : entry.type === 'session' ? [entry] : [])).flatMap((session) => session.talks.map((talk) => talk.title));

describe('outlineOnly', () => {
  it('keeps the seed’s front matter, days, sessions and talk titles', () => {
    const reduced = outlineOnly(seed);
    expect(matter(reduced).data).toEqual(matter(seed).data);
    expect(countOutline(outlineOf(reduced))).toEqual(countOutline(outlineOf(seed)));
    expect(talkTitles(outlineOf(reduced))).toEqual(talkTitles(outlineOf(seed)));
  });

  it('leaves out the summaries and the prose', () => {
    const reduced = outlineOnly(seed);
    // The opening paragraph, and the first talk's summary.
    expect(['感谢公司提供的门票', 'Flink创始人之一'].filter((text) => reduced.includes(text))).toEqual([]);
  });
});
