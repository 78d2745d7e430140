import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('countWords', () => {
  it.each([
    ['English words', 'Stateful Functions on Apache Flink', { words: 5, cjkCharacters: 0 }],
    ['Chinese characters count one each', '批流一体', { words: 0, cjkCharacters: 4 }],
    ['mixed text', 'PyFlink。为了搞机器学习', { words: 1, cjkCharacters: 7 }],
    ['Japanese kana and kanji', '午後のセッション', { words: 0, cjkCharacters: 8 }],
    ['Korean hangul', '1일 차 세션', { words: 1, cjkCharacters: 4 }],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toEqual(expected);
  });
});

describe('readingMinutes', () => {
  it.each([
    ['', 1],
    ['字'.repeat(600), 2],
    ['word '.repeat(1000), 5],
    [`${'字'.repeat(300)} ${'word '.repeat(200)}`, 2],
  ])('%#', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });
});
