import { describe, expect, it } from 'vitest';
import { jekyllPostId } from './post-ids';

describe('jekyllPostId', () => {
  it.each([
    ['/2019/11/30/flink-forward-asia.html', 'flink-forward-asia', '/2019/11/30/flink-forward-asia'],
    ['/2019/11/30/flink-forward-asia/', 'flink-forward-asia', '/2019/11/30/flink-forward-asia'],
    ['/articles/tuning.html', 'flink-tuning', '/articles/flink-tuning'],
    ['/conference/notes/2021/03/04/qcon.html', 'qcon', '/conference/notes/2021/03/04/qcon'],
    ['/about.html', 'about', '/about'],
  ])('%s (slug %s) is %s, as Jekyll has it', (urlPath, slug, id) => {
    expect(jekyllPostId({ urlPath, slug })).toBe(id);
  });
});
