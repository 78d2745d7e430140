import path from 'node:path';
import { describe } from 'vitest';
import { testFixtures } from './fixture-harness';
import rehypeConferenceOutline from './rehype-conference-outline';
import rehypeExplicitHeadingIds from './rehype-explicit-heading-ids';
import rehypeSlug from 'rehype-slug';
import rehypeNormalizeHeadings from './rehype-normalize-headings';
import rehypeUniqueHeadingIds from './rehype-unique-heading-ids';

// The outline fixtures (lib/outline/fixtures) double as this plugin's: input.md → output.html there, outline.json beside it.
describe('rehype-conference-outline', () => {
  testFixtures(
    'rehype-conference-outline',
    (frontMatter) => [rehypeExplicitHeadingIds, rehypeNormalizeHeadings, rehypeSlug, rehypeUniqueHeadingIds, [rehypeConferenceOutline, { conference: frontMatter?.conference }]],
    path.resolve(__dirname, '../../outline/fixtures'),
  );
});
