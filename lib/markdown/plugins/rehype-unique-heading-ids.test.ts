import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeExplicitHeadingIds from './rehype-explicit-heading-ids';
import rehypeSlug from 'rehype-slug';
import rehypeUniqueHeadingIds from './rehype-unique-heading-ids';

describe('rehype-unique-heading-ids', () => {
  testFixtures('rehype-unique-heading-ids', [rehypeExplicitHeadingIds, rehypeSlug, rehypeUniqueHeadingIds]);
});
