import { describe, expect, it } from 'vitest';
import { claimUniqueId, talkSlug } from './talk-id';

describe('talkSlug', () => {
  it.each([
    ['Reliable Streaming Infrastructure for the Enterprise', 'reliable-streaming-infrastructure-for-the-enterprise'],
    ['Stateful Functions: Building general-purpose Applications and Services on Apache Flink', 'stateful-functions-building-general-purpose-applications-and'],
    ['Lyft基于Apache Flink的大规模准实时数据分析平台', 'lyft基于apache-flink的大规模准实时数据分析平台'],
    ['实'.repeat(80), '实'.repeat(60)],
    ['Q&A', 'qa'],
  ])('%s', (title, expected) => {
    const id = talkSlug(title);
    expect(id).toBe(expected);
    expect([...id].length).toBeLessThanOrEqual(60);
  });
});

describe('claimUniqueId', () => {
  it('numbers repeats and skips ids already on the page', () => {
    const taken = new Set(['keynote', 'keynote-1']);
    expect([claimUniqueId('keynote', taken), claimUniqueId('keynote', taken), claimUniqueId('panel', taken)]).toEqual(['keynote-2', 'keynote-3', 'panel']);
  });
});
