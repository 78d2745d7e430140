import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import remarkWikilinks from './remark-wikilinks';

const posts: Record<string, string> = { 'flink-forward-asia': '/2019/11/30/flink-forward-asia.html', '2019-11-30-flink-forward-asia': '/2019/11/30/flink-forward-asia.html' };

describe('remark-wikilinks', () => {
  testFixtures('remark-wikilinks', [], undefined, [[remarkWikilinks, { resolve: (name: string) => posts[name] }]]);
});
