import { describe, expect, it } from 'vitest';
import { keywordSlug } from './keyword-slug';

describe('keywordSlug', () => {
  it.each([
    ['Apache Flink', 'apache-flink'],
    ['C/C++ & 性能', 'c-c++-性能'],
    ['实时计算', '实时计算'],
    ['  Kubernetes  ', 'kubernetes'],
    ['Node.js', 'node.js'],
    ['.NET', 'net'],
    ['クラウドネイティブ', 'クラウドネイティブ'],
    ['데이터 엔지니어링', '데이터-엔지니어링'],
    ['Ｆｌｉｎｋ　ＳＱＬ', 'flink-sql'],
    ['Q&A?', 'q-a'],
    ['100%', '100'],
  ])('%s → %s', (keyword, slug) => {
    expect(keywordSlug(keyword)).toEqual(slug);
  });

  it('gives a keyword of punctuation alone a stable, non-empty slug', () => {
    expect(keywordSlug('&&')).toMatch(/^keyword-[0-9a-f]{8}$/);
    expect(keywordSlug('&&')).toEqual(keywordSlug('&&'));
    expect(keywordSlug('&&')).not.toEqual(keywordSlug('//'));
  });
});
