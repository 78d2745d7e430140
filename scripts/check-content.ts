/**
 * Validates the content folder without building the site: one line per
 * problem (file, line or key, what was expected), a summary, and exit code 1
 * when any is an error. `npm run build` runs it first. Drafts are checked
 * either way; `--drafts` also publishes them, as `next dev` does, so that
 * their addresses are checked against the others. `--verbose` also says of
 * each post whether it is conference notes or an article, and why.
 */
import path from 'node:path';
// Only light modules here: the rendering threads start before the pipeline loads (lib/content/render-threads.ts).
import { contentDirectory } from '../lib/content/environment';
import { formatProblem } from '../lib/content/problems';
import { loadSiteContentOnThreads } from '../lib/content/render-threads';

async function main(): Promise<number> {
  const { posts, problems, rendered, renderedByHelpers, fromCache } = await loadSiteContentOnThreads({ includeDrafts: process.argv.includes('--drafts') });
  if (posts.length === 0 && !problems.some((problem) => problem.severity === 'error')) {
    // A static export needs at least one page per route; say so in our words, not Next.js's.
    problems.push({
      severity: 'error',
      file: path.relative(process.cwd(), contentDirectory()) || '.',
      message: 'has no published posts: add a Markdown file (drafts are left out of the build; see README, "Writing a post")',
    });
  }
  for (const problem of problems) console.error(formatProblem(problem));
  if (process.argv.includes('--verbose')) {
    // What each post became, and why (see README, "Conference notes or article").
    for (const post of [...posts].sort((a, b) => a.file.localeCompare(b.file))) {
      const { kind, kindReason, kindLine } = post.outline;
      console.log(`${post.file}${kindLine !== undefined ? `:${kindLine}` : ''}: ${kind === 'conference' ? 'conference notes' : 'article'}: ${kindReason}`);
    }
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary =
    `content check: ${posts.length} post${posts.length === 1 ? '' : 's'} (${rendered.length} rendered${renderedByHelpers > 0 ? `, ${renderedByHelpers} of them by other threads` : ''}, ${fromCache} unchanged from the cache), ` +
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (errors > 0) {
    console.error(summary);
    return 1;
  }
  console.log(summary);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
