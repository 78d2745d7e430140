import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import remarkMarkdownInHtml from './remark-markdown-in-html';

describe('remark-markdown-in-html', () => {
  testFixtures('remark-markdown-in-html', [], undefined, [remarkMarkdownInHtml]);
});
