import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeReportUnsafe from './rehype-report-unsafe';

describe('rehype-report-unsafe', () => {
  testFixtures('rehype-report-unsafe', [rehypeReportUnsafe]);
});
