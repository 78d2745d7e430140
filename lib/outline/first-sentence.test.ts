import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence';

describe('firstSentence', () => {
  it.each([
    ['a Chinese sentence', '主要介绍Flink中国社区在2019及以后一段时间的发展情况。划重点：批流一体。', '主要介绍Flink中国社区在2019及以后一段时间的发展情况。'],
    ['an English sentence', 'Loom is here. Threads are cheap.', 'Loom is here.'],
    ['a version number is not an end', 'Wait for 1.10/11 to ship. Then try again.', 'Wait for 1.10/11 to ship.'],
    ['a question', 'Why Pravega? Because streams.', 'Why Pravega?'],
    ['no end at all', '  Just a fragment\nover two lines ', 'Just a fragment over two lines'],
    ['nothing', '', ''],
  ])('%s', (_case, text, expected) => {
    expect(firstSentence(text)).toEqual(expected);
  });

  it('cuts a sentence longer than 140 characters with an ellipsis', () => {
    const sentence = firstSentence('很'.repeat(300));
    expect([...sentence].length).toEqual(140);
    expect(sentence.slice(-1)).toEqual('…');
  });
});
