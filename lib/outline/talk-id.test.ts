import { describe, expect, it } from 'vitest';
import { TakenIds } from './taken-ids';
import { talkSlug } from './talk-id';

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

describe('TakenIds.claim', () => {
  /** The definition: the first free base, base-1, base-2…, scanning from 1 every time. */
  function naiveClaim(base: string, taken: Set<string>): string {
    const root = base === '' ? 'talk' : base;
    let candidate = root;
    for (let suffix = 1; taken.has(candidate); suffix += 1) candidate = `${root}-${suffix}`;
    taken.add(candidate);
    return candidate;
  }

  it.each([
    ['numbers repeats and skips ids already on the page', ['keynote', 'keynote-1'], ['claim keynote', 'claim keynote', 'claim panel']],
    ['an empty base is a talk', [], ['claim ', 'claim ', 'claim talk']],
    ['a freed numbered id is claimed again', ['a'], ['claim a', 'claim a', 'claim a', 'delete a-2', 'claim a', 'claim a']],
    ['a freed base is claimed again', ['a', 'a-1'], ['delete a', 'claim a', 'claim a']],
    ['an added id in the way is skipped', ['a'], ['add a-1', 'add a-2', 'claim a', 'delete a-1', 'add a-1', 'claim a']],
    ['ids that only look numbered', ['a-b', 'a-b-1'], ['claim a-b', 'delete a-007', 'claim a', 'claim a']],
  ])('%s: as the definition says', (_name, initial, operations) => {
    const taken = new TakenIds(initial);
    const naive = new Set(initial);
    const run = (operation: string, claim: (base: string) => string, add: (id: string) => void, remove: (id: string) => void) => {
      const [verb, argument = ''] = operation.split(' ');
      if (verb === 'claim') return claim(argument);
      if (verb === 'add') add(argument);
      else remove(argument);
      return '';
    };
    const actual = operations.map((operation) => run(operation, (base) => taken.claim(base), (id) => taken.add(id), (id) => taken.delete(id)));
    const expected = operations.map((operation) => run(operation, (base) => naiveClaim(base, naive), (id) => naive.add(id), (id) => naive.delete(id)));
    expect(actual).toEqual(expected);
  });

  it('claims ten thousand repeats of one title', () => {
    const taken = new TakenIds();
    const ids = Array.from({ length: 10_000 }, () => taken.claim('keynote'));
    expect([ids[0], ids[9_999], new Set(ids).size]).toEqual(['keynote', 'keynote-9999', 10_000]);
  });
});
