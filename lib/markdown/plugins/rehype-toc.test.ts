import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeConferenceOutline from './rehype-conference-outline';
import rehypeSlug from 'rehype-slug';
import rehypeToc from './rehype-toc';

describe('rehype-toc', () => {
  testFixtures('rehype-toc', [rehypeSlug, rehypeConferenceOutline, [rehypeToc, { label: 'Contents' }]]);
});
