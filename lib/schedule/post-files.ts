import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../content/front-matter';
import { parseFrontMatter } from '../content/schema';
import { newPostDate, newPostFileName, newPostText, type NewPostInput } from './new-post';
import type { Schedule } from './types';
import { updatePost, type UpdateReport } from './update-post';

/** Writes a new post into `contentDir`; refuses to replace a file that is there. Returns the file's path. */
export function writeNewPost(contentDir: string, input: NewPostInput): string {
  const file = path.join(contentDir, newPostFileName(input.title, newPostDate(input)));
  if (existsSync(file)) throw new Error(`${file} already exists: give another title, or --update it`);
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(file, newPostText(input), { flag: 'wx' });
  return file;
}

/** Brings a post in line with a schedule (lib/schedule/update-post.ts), in the post's own language. */
export function updatePostFile(file: string, schedule: Schedule, defaultLanguage: string): UpdateReport {
  const source = readFileSync(file, 'utf8');
  const meta = parseFrontMatter(splitFrontMatter(source, file).data);
  const language = (meta.success ? meta.data.lang : undefined) ?? defaultLanguage;
  const report = updatePost(source, schedule, language);
  if (report.text !== source) writeFileSync(file, report.text);
  return report;
}
