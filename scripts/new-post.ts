/**
 * Starts a post: from the conference's published schedule (pretalx, c3voc,
 * frab, Sessionize, iCalendar; a file or a URL fetched now), or as a short
 * skeleton to copy. With --update, brings a post written from a schedule in
 * line with the schedule as it is now, without touching the author's words.
 *
 *   npm run new -- "<title>" [--schedule <file or URL>] [--lang zh-CN]
 *   npm run new -- --schedule <file or URL> --update <post>
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory, formatProblem } from '../lib/content';
import { loadSiteContentOnThreads } from '../lib/content/render-threads';
import { readSchedule, type ReadSchedule } from '../lib/schedule/read-schedule';
import { leftOutOfNewPost } from '../lib/schedule/new-post';
import { updatePostFile, writeNewPost } from '../lib/schedule/post-files';
import { readScheduleSource } from '../lib/schedule/schedule-source';
import { ScheduleError } from '../lib/schedule/types';
import { wallClockAt } from '../lib/schedule/wall-clock';
import { site } from '../lib/site';

const USAGE = 'usage: npm run new -- "<title>" [--schedule <file or URL>] [--lang <language>]\n       npm run new -- --schedule <file or URL> --update <post>';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { schedule: { type: 'string' }, lang: { type: 'string' }, update: { type: 'string' } },
  });
  const [title] = positionals;
  const updating = values.update !== undefined;
  if (positionals.length > 1 || (updating ? values.schedule === undefined || title !== undefined : title === undefined || title.trim() === '')) {
    console.error(USAGE);
    return 2;
  }
  let read: ReadSchedule | undefined;
  if (values.schedule !== undefined) {
    try {
      read = readSchedule(await readScheduleSource(values.schedule));
    } catch (error) {
      if (!(error instanceof ScheduleError)) throw error;
      console.error(`new: ${values.schedule}: ${error.message}; nothing written`);
      return 1;
    }
    for (const skipped of read.skipped) console.log(`new: left out: ${skipped}`);
  }
  if (updating && read && values.update) {
    const report = updatePostFile(values.update, read.schedule, site.defaultLanguage);
    const count = (list: string[], one: string, many = `${one}s`) => `${list.length} ${list.length === 1 ? one : many}`;
    const { added, marked } = report;
    console.log(`new: ${values.update}: added ${count(added.days, 'day')}, ${count(added.sessions, 'session')}, ${count(added.talks, 'talk')}; marked ${marked.moved.length} moved, ${marked.cancelled.length} cancelled, ${marked.dropped.length} no longer in the schedule`);
    for (const [kind, titles] of Object.entries({ ...report.added, ...report.marked })) for (const entry of titles) console.log(`  ${kind}: ${entry}`);
    return 0;
  }
  const zone = site.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const reason of read ? leftOutOfNewPost(read.schedule) : []) console.log(`new: left out: ${reason}`);
  const file = writeNewPost(contentDirectory(), {
    title: (title ?? '').trim(),
    language: values.lang ?? site.defaultLanguage,
    writeLanguage: values.lang !== undefined && values.lang !== site.defaultLanguage,
    today: wallClockAt(new Date(), zone).date,
    comments: site.commentsByDefault,
    schedule: read?.schedule,
  });
  console.log(`new: wrote ${path.relative(process.cwd(), file)}`);
  // Read as the build reads it: the author hears now of anything wrong, and where the page is.
  const content = await loadSiteContentOnThreads();
  const post = content.posts.find((candidate) => path.resolve(candidate.file) === path.resolve(file));
  const problems = content.problems.filter((problem) => path.resolve(problem.file) === path.resolve(file));
  for (const problem of problems) console.error(`new: ${formatProblem(problem)}`);
  if (post) console.log(`new: npm run dev shows it at http://localhost:3000${site.basePath}${post.urlPath}`);
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof Error) console.error(`new: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
