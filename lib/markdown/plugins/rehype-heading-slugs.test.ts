import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeHeadingSlugs from './rehype-heading-slugs';

describe('rehype-heading-slugs', () => {
  testFixtures('rehype-heading-slugs', [rehypeHeadingSlugs]);
});
