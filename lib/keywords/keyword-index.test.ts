import { describe, expect, it } from 'vitest';
import { keywordIndex } from './keyword-index';

const post = (title: string, keywords: string[]) => ({ title, keywords });

describe('keywordIndex', () => {
  it('lists each keyword once, most used first, with its posts in the order given', () => {
    const posts = [post('FFA 2019', ['Apache Flink', 'FFA']), post('QCon', ['apache flink', 'C/C++ & 性能']), post('Flink Meetup', ['Apache Flink']), post('CppCon', ['C/C++ & 性能'])];
    expect(keywordIndex(posts).map(({ keyword, slug, posts: tagged }) => ({ keyword, slug, titles: tagged.map((entry) => entry.title) }))).toEqual([
      { keyword: 'Apache Flink', slug: 'apache-flink', titles: ['FFA 2019', 'QCon', 'Flink Meetup'] },
      { keyword: 'C/C++ & 性能', slug: 'c-c++-性能', titles: ['QCon', 'CppCon'] },
      { keyword: 'FFA', slug: 'ffa', titles: ['FFA 2019'] },
    ]);
  });

  it('counts a post once when it spells a keyword twice', () => {
    expect(keywordIndex([post('A', ['Go', 'go'])]).map((entry) => [entry.keyword, entry.posts.length])).toEqual([['Go', 1]]);
  });

  it('has nothing for posts without keywords', () => {
    expect(keywordIndex([post('A', [])])).toEqual([]);
  });
});
