import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeConferenceOutline from './rehype-conference-outline';
import rehypeHeadingSlugs from './rehype-heading-slugs';
import rehypeToc from './rehype-toc';

describe('rehype-toc', () => {
  testFixtures('rehype-toc', [rehypeHeadingSlugs, rehypeConferenceOutline, [rehypeToc, { label: 'Contents' }]]);
});
