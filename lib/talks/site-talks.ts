import type { Post } from '../content';
import { talkListHtml } from '../outline/talk-list-html';
import { sitePath } from '../site';
import { samePosts, siteSpeakers } from './speakers';
import { talkPages, talkYears, type TalkPage, type TalkYear } from './talk-years';

/** The site's talk index: its years, and their pages. */
export interface SiteTalks {
  years: Array<TalkYear<Post>>;
  pages: Array<TalkPage<Post>>;
}

// A conference's heading, date and keywords around its talks, generously.
const CONFERENCE_FRAME_BYTES = 1024;

/** Where the talk index links a speaker's name: their entry on the speaker index, base path included. */
export function speakerHrefOf(posts: readonly Post[]): (name: string) => string | undefined {
  const { pathOf } = siteSpeakers(posts);
  return (name) => {
    const found = pathOf(name);
    return found === undefined ? undefined : sitePath(found);
  };
}

/** A conference's weight on a year's page: its talk list as that page writes it (components/TalkIndex.tsx). */
function conferenceBytes(post: Post, speakerHref: (name: string) => string | undefined): number {
  return Buffer.byteLength(talkListHtml(post.outline, { postHref: sitePath(post.urlPath), summaries: true, filterable: true, speakerHref })) + CONFERENCE_FRAME_BYTES;
}

// Every page of the index asks for the same pages: weigh the conferences once while the posts stay the same
// (lib/content hands out a new list each time, of the same post objects until one changes).
let last: { posts: readonly Post[]; talks: SiteTalks } | undefined;

/** The talk index of these posts (lib/content's list), by year and by page. */
export function siteTalks(posts: readonly Post[]): SiteTalks {
  if (last && samePosts(last.posts, posts)) return last.talks;
  const years = talkYears(posts);
  const speakerHref = speakerHrefOf(posts);
  const talks = { years, pages: talkPages(years, (post) => conferenceBytes(post, speakerHref)) };
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
