import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeImages, { type ImageInfo } from './rehype-images';

const files: Record<string, ImageInfo> = { './stage.png': { found: true, width: 1200, height: 800 }, '/images/late.png': { found: true } };

describe('rehype-images', () => {
  testFixtures('rehype-images', [
    [rehypeImages, { inspect: (src: string) => (/^https?:/.test(src) ? undefined : (files[src] ?? { found: false })), eagerBlocks: 2 }],
  ]);
});
