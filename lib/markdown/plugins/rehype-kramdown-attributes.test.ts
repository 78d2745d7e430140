import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeKramdownAttributes from './rehype-kramdown-attributes';

describe('rehype-kramdown-attributes', () => {
  testFixtures('rehype-kramdown-attributes', [rehypeKramdownAttributes]);
});
