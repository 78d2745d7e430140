import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeSlug from 'rehype-slug';
import rehypeInternalLinks from './rehype-internal-links';

const resolve = (href: string) => {
  if (href.startsWith('./2019-11-30-flink-forward-asia.md')) return href.replace('./2019-11-30-flink-forward-asia.md', '/2019/11/30/flink-forward-asia.html');
  if (href.endsWith('.md') || href.startsWith('/2001/')) return null;
  return undefined;
};

describe('rehype-internal-links', () => {
  testFixtures('rehype-internal-links', [rehypeSlug, [rehypeInternalLinks, { resolve }]]);
});
