import { formatProblem } from '../content/problems';
import type { ImportResult } from './import-site';
import type { AddressAnswer } from './old-addresses';
import type { Verification } from './verify';

/*
 * import-report.md: what `npm run import` did, in the order an author
 * checks a move: the settings, every old address and what answers there
 * now, each post and what confnotes made of it, and what did not come
 * along, with file and line.
 */

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What answers at an old address, in words. */
function answerText(answer: AddressAnswer): string {
  switch (answer.answer) {
    case 'post':
      return `post “${answer.detail}”`;
    case 'page':
      return `page “${answer.detail}”`;
    case 'redirect':
      return `redirect to ${code(answer.detail)}`;
    case 'file':
      return `file ${code(answer.detail)}`;
    case 'feed':
      return `${answer.detail} feed`;
    case 'site':
      return `confnotes’s ${answer.detail}`;
    case 'missing':
      return `nothing: ${answer.detail}`;
  }
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function renderImportReport(result: ImportResult, verification: Verification | undefined): string {
  const { generator, settings, answers, loaded, entries, notes } = result;
  const lines: string[] = [];
  const posts = loaded.posts;
  const notesCount = posts.filter((post) => post.outline.kind === 'conference').length;
  const drafts = entries.filter((entry) => entry.draft).length;
  const missing = answers.filter((answer) => answer.answer === 'missing');
  const failed = verification?.results.filter((check) => !check.ok) ?? [];
  lines.push('# Import report', '');
  lines.push(`Moved from ${generator.label} (${code(result.plan.root)}) by \`npm run import\`.`);
  lines.push(result.reference ? `The old site was built with ${result.reference.version} for reference: its output is the list of addresses below.` : `The old site was not built for reference (${result.referenceProblem ?? 'no generator'}): the addresses below follow ${generator.label}'s rules, unchecked.`);
  lines.push('');
  lines.push('## Summary', '');
  lines.push(`- ${plural(posts.length, 'post')} (${notesCount} conference notes, ${plural(posts.length - notesCount, 'article')}), ${plural(loaded.pages.length, 'page')}, ${plural(drafts, 'draft')}, in content/`);
  lines.push(`- ${answers.length} addresses of the old site: ${answers.length - missing.length} answer after the move, ${missing.length} do not`);
  if (verification) {
    lines.push(`- Verified against the built site (${code(verification.outDir)}): ${verification.results.length - failed.length} of ${verification.results.length} addresses answer as they should${failed.length > 0 ? `; **${failed.length} do not** (see "Every old address")` : ''}`);
  }
  lines.push(`- ${notes.length} things not carried over as they were (see the last section)`, '');

  lines.push('## Settings (site.config.ts)', '');
  lines.push('| key | value |', '| --- | --- |');
  const setting = (key: string, value: unknown) => lines.push(`| ${key} | ${cell(code(typeof value === 'string' ? value : JSON.stringify(value)))} |`);
  setting('title', settings.title);
  setting('description', settings.description);
  setting('author', settings.author);
  setting('baseUrl', settings.baseUrl);
  setting('basePath', settings.basePath);
  setting('defaultLanguage', settings.defaultLanguage);
  setting('timeZone', settings.timeZone);
  setting('permalink', settings.permalink);
  setting('disqusShortname', settings.disqusShortname);
  setting('disqusIdentifier', settings.disqusIdentifier);
  setting('commentsByDefault', settings.commentsByDefault);
  setting('feeds.atom', settings.feeds.atom);
  setting('feeds.rss', settings.feeds.rss);
  setting('feeds.entryIds', settings.feeds.entryIds);
  setting('feeds.more', `${settings.feeds.more.length} feeds of one tag or category`);
  setting('redirects', `${Object.keys(settings.redirects).length} old addresses of lists and archives`);
  lines.push('');

  lines.push('## Every old address', '');
  const checks = new Map(verification?.results.map((check) => [check.address, check]) ?? []);
  lines.push(`| old address | was | what answers now |${verification ? ' checked |' : ''}`, `| --- | --- | --- |${verification ? ' --- |' : ''}`);
  for (const answer of answers) {
    const check = checks.get(answer.address);
    const verdict = check ? (check.ok ? ' ✓ |' : ` ✗ ${cell(check.problem ?? '')} |`) : verification ? ' |' : '';
    lines.push(`| ${code(answer.address)} | ${answer.was} | ${cell(answerText(answer))} |${verdict}`);
  }
  lines.push('');

  lines.push('## Posts and pages', '');
  const byFile = new Map([...posts, ...loaded.pages].map((post) => [post.file, post]));
  const problemsByFile = new Map<string, string[]>();
  for (const problem of loaded.problems) problemsByFile.set(problem.file, [...(problemsByFile.get(problem.file) ?? []), formatProblem(problem)]);
  lines.push('| old file | now | kind | address | warnings |', '| --- | --- | --- | --- | --- |');
  for (const entry of entries) {
    const post = byFile.get(`content/${entry.target}`);
    const kind = entry.draft || entry.pins.published === false ? 'draft' : post?.kind === 'page' ? 'page' : post?.outline.kind === 'conference' ? 'conference notes' : post ? 'article' : 'not published (see below)';
    const warnings = problemsByFile.get(`content/${entry.target}`)?.length ?? 0;
    lines.push(`| ${code(entry.file)} | ${code(`content/${entry.target}`)} | ${kind} | ${post ? code(post.urlPath) : ''} | ${warnings} |`);
  }
  lines.push('');
  if (loaded.problems.length > 0) {
    lines.push('### What `npm run check` says of them', '');
    for (const problem of loaded.problems) lines.push(`- ${code(formatProblem(problem))}`);
    lines.push('');
  }

  lines.push('## Not carried over', '');
  if (notes.length === 0) lines.push('Nothing.');
  for (const note of notes) lines.push(`- ${code(`${note.file}${note.line !== undefined ? `:${note.line}` : ''}`)}: ${note.message}`);
  lines.push('');
  return lines.join('\n');
}
