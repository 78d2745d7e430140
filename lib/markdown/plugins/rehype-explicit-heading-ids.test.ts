import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeExplicitHeadingIds from './rehype-explicit-heading-ids';

describe('rehype-explicit-heading-ids', () => {
  testFixtures('rehype-explicit-heading-ids', [rehypeExplicitHeadingIds]);
});
