import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeExplicitHeadingIds from './rehype-explicit-heading-ids';
import rehypeHeadingSlugs from './rehype-heading-slugs';
import rehypeUniqueHeadingIds from './rehype-unique-heading-ids';

describe('rehype-unique-heading-ids', () => {
  testFixtures('rehype-unique-heading-ids', [rehypeExplicitHeadingIds, rehypeHeadingSlugs, rehypeUniqueHeadingIds]);
});
