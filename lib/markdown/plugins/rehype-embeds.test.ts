import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeEmbeds from './rehype-embeds';

describe('rehype-embeds', () => {
  testFixtures('rehype-embeds', [rehypeEmbeds]);
});
