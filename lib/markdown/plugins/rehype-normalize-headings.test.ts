import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeNormalizeHeadings from './rehype-normalize-headings';

describe('rehype-normalize-headings', () => {
  testFixtures('rehype-normalize-headings/with-title', [[rehypeNormalizeHeadings, { title: 'FLINK FORWARD ASIA 2019 参会总结' }]]);
  testFixtures('rehype-normalize-headings/without-title', [[rehypeNormalizeHeadings, {}]]);
});
