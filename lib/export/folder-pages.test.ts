import { describe, expect, it } from 'vitest';
import { folderPageTarget } from './folder-pages';

describe('folderPageTarget', () => {
  it.each([
    ['talks.html', 'talks/index.html'],
    ['keywords.html', 'keywords/index.html'],
    ['keywords/apache-flink.html', 'keywords/apache-flink/index.html'],
    ['keywords/c-c++-性能.html', 'keywords/c-c++-性能/index.html'],
    ['talks/x.html', undefined],
    ['2019/11/30/flink-forward-asia.html', undefined],
    ['keywords/a/b.html', undefined],
    ['index.html', undefined],
  ])('%s → %s', (file, target) => {
    expect(folderPageTarget(file)).toEqual(target);
  });
});
