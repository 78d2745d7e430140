import { slug } from 'github-slugger';
import { dayLines, planPost } from './post-plan';
import { postLabels } from './post-labels';
import type { Schedule } from './types';

/*
 * The text of a new post: front matter the site expects, then either the
 * conference's days, sessions and talks from its schedule, or one day with
 * one session and one talk for the author to copy.
 */

export interface NewPostInput {
  title: string;
  /** The post's language (BCP 47): `--lang`, else the site's default. */
  language: string;
  /** Write `lang:` into the front matter (the author asked for a language other than the site's default). */
  writeLanguage: boolean;
  /** 'YYYY-MM-DD': the schedule's first day, else today in the site's time zone. */
  today: string;
  /** The site's default for comments (site.config.ts, commentsByDefault). */
  comments: boolean;
  schedule: Schedule | undefined;
}

const yamlString = (text: string) => JSON.stringify(text);

/** The file name: 'YYYY-MM-DD-<slug>.md', the slug from the title ('notes' when nothing of it is left). */
export function newPostFileName(title: string, date: string): string {
  return `${date}-${slug(title).replace(/^-+|-+$/g, '') || 'notes'}.md`;
}

/** The post's date: the schedule's first day, else today. */
export const newPostDate = (input: Pick<NewPostInput, 'schedule' | 'today'>): string => input.schedule?.days[0]?.date ?? input.today;

function frontMatter(input: NewPostInput): string[] {
  const { schedule } = input;
  const conference = schedule
    ? [
        'conference:',
        `  name: ${yamlString(schedule.name ?? input.title)}`,
        ...(schedule.place ? [`  place: ${yamlString(schedule.place)}`] : []),
        ...(schedule.url ? [`  url: ${yamlString(schedule.url)}`] : []),
      ]
    : ['conference: true'];
  return [
    '---',
    `title: ${yamlString(input.title)}`,
    `date: ${newPostDate(input)}`,
    ...(input.writeLanguage ? [`lang: ${input.language}`] : []),
    ...conference,
    `comments: ${input.comments}`,
    '---',
    '',
  ];
}

function exampleBody(input: NewPostInput): string[] {
  const labels = postLabels(input.language);
  const speakerSpace = labels.speakers.endsWith(':') ? ' ' : '';
  return [
    `## ${labels.day(1)}`,
    '',
    `### ${labels.example.session}`,
    '',
    `* ${labels.example.talk} <br>`,
    `  ${labels.speakers}${speakerSpace}${labels.example.speaker}`,
    '',
    `  ${labels.example.summary}`,
    '',
  ];
}

/** The talks a new post leaves out, and why: the cancelled ones. */
export function leftOutOfNewPost(schedule: Schedule): string[] {
  return schedule.days.flatMap((day) => day.sessions.flatMap((session) => session.talks.filter((talk) => talk.cancelled))).map((talk) => `"${talk.title}" is cancelled in the schedule`);
}

export function newPostText(input: NewPostInput): string {
  const lines = [...frontMatter(input)];
  if (!input.schedule) {
    lines.push(...exampleBody(input));
  } else {
    const plan = planPost(input.schedule, input.language);
    if (input.schedule.timeZone) lines.push(plan.labels.timeZone(input.schedule.timeZone), '');
    for (const day of plan.days) lines.push(...dayLines(day));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
