/**
 * Writes the search index of the published posts into the build cache
 * (scripts/search-index.ts), where the export step finds it. `npm run build`
 * runs this beside `next build`, at the lowest CPU priority, so that it only
 * takes what Next.js leaves idle.
 *
 *   tsx scripts/prepare-search-index.ts
 */
import { constants, setPriority } from 'node:os';
import { cacheDirectory, loadSiteContent } from '../lib/content';
import { site } from '../lib/site';
import { prepareSearchIndex } from './search-index';

async function main(): Promise<void> {
  try {
    // Pagefind, started below, inherits it.
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: the index is written all the same, competing with Next.js for the CPU.
  }
  const { posts } = await loadSiteContent({ includeDrafts: false });
  const { summary } = await prepareSearchIndex(posts, cacheDirectory(), site.defaultLanguage);
  console.log(`build: search index of ${summary.records} records ${summary.fromCache ? 'unchanged' : 'written'} beside next build`);
}

main().catch((error: unknown) => {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
