import { describe, expect, it } from 'vitest';
import { folderPageTarget } from './folder-pages';

describe('folderPageTarget', () => {
  it.each([
    ['talks.html', 'talks/index.html'],
    ['keywords.html', 'keywords/index.html'],
    ['keywords/apache-flink.html', 'keywords/apache-flink/index.html'],
    ['keywords/c-c++-性能.html', 'keywords/c-c++-性能/index.html'],
    ['talks/x.html', undefined],
    ['talks/2019.html', 'talks/2019/index.html'],
    ['talks/undated.html', 'talks/undated/index.html'],
    ['talks/2019/page/2.html', 'talks/2019/page/2/index.html'],
    ['talks/2019/06/x.html', undefined],
    ['page/2.html', 'page/2/index.html'],
    ['page/about.html', undefined],
    ['keywords/apache-flink/page/3.html', 'keywords/apache-flink/page/3/index.html'],
    ['2019/11/30/flink-forward-asia.html', undefined],
    ['keywords/a/b.html', undefined],
    ['index.html', undefined],
  ])('%s → %s', (file, target) => {
    expect(folderPageTarget(file)).toEqual(target);
  });
});
