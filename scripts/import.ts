/**
 * Moves an old Jekyll, Hugo or Hexo site into this confnotes project:
 * posts and pages into content/, the files it published as they were into
 * public/, its settings into site.config.ts, and an account of every old
 * address into import-report.md (lib/import). With --verify, builds the old
 * site with its own generator and this one with confnotes, and exits 1 if
 * any old address no longer answers.
 *
 *   npm run import -- [--replace] [--verify] [--project <folder>] <old site folder>
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/content/problems';
import { ImportError, importSite } from '../lib/import/import-site';
import { ReferenceBuildError } from '../lib/import/reference-build';
import { renderImportReport } from '../lib/import/report';
import { BuildFailedError, buildProject, verifyImport } from '../lib/import/verify';

const USAGE = 'usage: npm run import -- [--replace] [--verify] [--project <folder>] <old site folder>';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, verify: { type: 'boolean', default: false }, project: { type: 'string', default: process.cwd() } },
  });
  const [oldSite] = positionals;
  if (oldSite === undefined || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const result = await importSite({ oldSite, project: values.project, replace: values.replace, reference: values.verify ? 'required' : 'auto' });
  try {
    const count = (kind: string) => result.answers.filter((answer) => answer.answer === kind).length;
    const plural = (number: number, word: string) => `${number} ${word}${number === 1 ? '' : 's'}`;
    console.log(`import: ${result.generator.label} site ${oldSite}: ${plural(result.loaded.posts.length, 'post')}, ${plural(result.loaded.pages.length, 'page')} into content/; ${plural(count('file'), 'file')} published as they were`);
    console.log(result.reference ? `import: built with ${result.reference.version} for reference: ${result.answers.length} old addresses` : `import: not built for reference (${result.referenceProblem ?? ''}); ${result.answers.length} old addresses by ${result.generator.label}'s rules`);
    console.log(`import: they answer as ${plural(count('post'), 'post')}, ${plural(count('page'), 'page')}, ${plural(count('file'), 'file')}, ${plural(count('feed'), 'feed')}, ${plural(count('redirect'), 'redirect')}, ${count('site')} of the site's own pages; ${count('missing')} with nothing`);
    const errors = result.loaded.problems.filter((problem) => problem.severity === 'error').length;
    console.log(`import: ${result.loaded.problems.length - errors} warnings, ${errors} errors from the content check; ${result.notes.length} things not carried over as they were`);
    console.log(`import: wrote content/, public/, site.config.ts and ${path.relative(process.cwd(), result.reportFile) || result.reportFile}`);
    for (const answer of result.answers.filter((candidate) => candidate.answer === 'missing')) console.error(`import: ${answer.address}: nothing answers: ${answer.detail}`);
    for (const problem of result.loaded.problems.filter((candidate) => candidate.severity === 'error')) console.error(`import: ${formatProblem(problem)}`);
    // An error in a moved post stops npm run build: the author must hear of it now.
    if (!values.verify) return errors > 0 ? 1 : 0;
    console.log('import: building the moved site to verify it');
    buildProject(path.resolve(values.project));
    const verification = verifyImport(result, path.join(path.resolve(values.project), 'out'));
    writeFileSync(result.reportFile, renderImportReport(result, verification));
    const failed = verification.results.filter((check) => !check.ok);
    for (const check of failed) console.error(`import: ${check.address}: ${check.problem ?? 'does not answer'}`);
    console.log(`import: verified ${verification.results.length} old addresses: ${verification.results.length - failed.length} answer, ${failed.length} do not`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    result.reference?.dispose();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ImportError || error instanceof ReferenceBuildError || error instanceof BuildFailedError) console.error(`import: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
