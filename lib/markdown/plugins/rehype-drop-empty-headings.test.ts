import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeDropEmptyHeadings from './rehype-drop-empty-headings';

describe('rehype-drop-empty-headings', () => {
  testFixtures('rehype-drop-empty-headings', [rehypeDropEmptyHeadings]);
});
