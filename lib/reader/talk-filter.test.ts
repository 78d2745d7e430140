import { describe, expect, it } from 'vitest';
import { matchesAllWords, talkRecords } from './talk-filter';

describe('matchesAllWords', () => {
  it.each([
    ['every word, any order, any case', 'Lyft基于Apache Flink的大规模准实时数据分析平台 2019', 'flink LYFT', true],
    ['a Chinese word inside a sentence', 'Parquet的优化方案：小文件合并', '小文件', true],
    ['a year', 'Pravega 2019', '2019', true],
    ['one word missing', 'Apache Flink 在网易的实践', 'flink 银行', false],
    ['full-width letters match their ASCII', 'ＦＦＡ 2019', 'ffa', true],
    ['an empty query matches all', 'anything', '  ', true],
  ])('%s', (_case, text, query, expected) => {
    expect(matchesAllWords(text, query)).toEqual(expected);
  });
});

describe('talkRecords', () => {
  it('keeps the well-formed records of a talks.json, and nothing else', () => {
    expect(talkRecords([{ t: 'A', u: '/a.html#x', s: 'S', c: 'C', k: 'k', y: '2019', p: 'Jane Doe, 李娜' }, { t: 'B' }, null, 'x', { t: 'C', u: '/c.html#y', s: 1 }])).toEqual([
      { t: 'A', u: '/a.html#x', s: 'S', c: 'C', k: 'k', y: '2019', p: 'Jane Doe, 李娜' },
      { t: 'C', u: '/c.html#y', s: '', c: '', k: '', y: '', p: '' },
    ]);
    expect(talkRecords({ t: 'A' })).toEqual([]);
  });
});
