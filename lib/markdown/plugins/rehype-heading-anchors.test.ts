import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeHeadingAnchors from './rehype-heading-anchors';

describe('rehype-heading-anchors', () => {
  testFixtures('rehype-heading-anchors', [[rehypeHeadingAnchors, { label: (text: string) => `Link to “${text}”` }]]);
});
