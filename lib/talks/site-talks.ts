import type { Post } from '../content';
import { talkListHtml } from '../outline/talk-list-html';
import { sitePath } from '../site';
import { talkPages, talkYears, type TalkPage, type TalkYear } from './talk-years';

/** The site's talk index: its years, and their pages. */
export interface SiteTalks {
  years: Array<TalkYear<Post>>;
  pages: Array<TalkPage<Post>>;
}

// A conference's heading, date and keywords around its talks, generously.
const CONFERENCE_FRAME_BYTES = 1024;

/** A conference's weight on a year's page: its talk list as that page writes it (components/TalkIndex.tsx). */
function conferenceBytes(post: Post): number {
  return Buffer.byteLength(talkListHtml(post.outline, { postHref: sitePath(post.urlPath), summaries: true, filterable: true })) + CONFERENCE_FRAME_BYTES;
}

// Every page of the index asks for the same pages: weigh the conferences once while the posts stay the same
// (lib/content hands out a new list each time, of the same post objects until one changes).
let last: { posts: readonly Post[]; talks: SiteTalks } | undefined;
const samePosts = (a: readonly Post[], b: readonly Post[]) => a.length === b.length && a.every((post, index) => post === b[index]);

/** The talk index of these posts (lib/content's list), by year and by page. */
export function siteTalks(posts: readonly Post[]): SiteTalks {
  if (last && samePosts(last.posts, posts)) return last.talks;
  const years = talkYears(posts);
  const talks = { years, pages: talkPages(years, conferenceBytes) };
  last = { posts: [...posts], talks };
  return talks;
}

/** Page `number` of `year`'s talks, with the pages before and after it across years; undefined when there is none. */
export function talkPageAt(posts: readonly Post[], year: string, number: number): { page: TalkPage<Post>; newer: TalkPage<Post> | undefined; older: TalkPage<Post> | undefined } | undefined {
  const { pages } = siteTalks(posts);
  const index = pages.findIndex((page) => page.year === year && page.number === number);
  const page = pages[index];
  return page ? { page, newer: pages[index - 1], older: pages[index + 1] } : undefined;
}
