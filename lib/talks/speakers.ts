import { slug } from 'github-slugger';
import { speakerKey } from '../outline/speakers';
import { outlineTalks, type Outline } from '../outline/types';
import { listPagePath, pagesByWeight } from '../pagination';

/*
 * The speaker index: every person the notes name as a talk's speaker
 * (lib/outline/speakers.ts), with their talks across all posts, newest
 * first. One spelling of a name ('Jane  Doe', 'jane doe') is one person.
 */

interface SpeakerPost {
  urlPath: string;
  title: string;
  date: { year: number } | undefined;
  outline: Outline;
}

export interface SpeakerTalk {
  title: string;
  /** The talk's address without base path: the post's address and `#<talk id>`. */
  path: string;
  /** The post's title: the conference. */
  conference: string;
  year: string | undefined;
}

export interface Speaker {
  /** The id of the speaker's entry on its page: the slug of the name. */
  anchor: string;
  /** The name as the newest post spells it. */
  name: string;
  talks: SpeakerTalk[];
}

/** The anchor of a name on the speaker index; undefined for a name with nothing to slug (only punctuation). */
export function speakerAnchor(name: string): string | undefined {
  const anchor = slug(speakerKey(name));
  return anchor.replace(/-/g, '') === '' ? undefined : anchor;
}

/** Every speaker of these posts (newest first, as lib/content lists them), by name. */
export function speakerIndex(posts: readonly SpeakerPost[]): Speaker[] {
  const byAnchor = new Map<string, Speaker>();
  for (const post of posts) {
    for (const talk of outlineTalks(post.outline)) {
      for (const name of talk.speakers ?? []) {
        const anchor = speakerAnchor(name);
        if (anchor === undefined) continue;
        const speaker = byAnchor.get(anchor) ?? { anchor, name, talks: [] };
        speaker.talks.push({ title: talk.title, path: `${post.urlPath}#${talk.id}`, conference: post.title, year: post.date ? String(post.date.year) : undefined });
        byAnchor.set(anchor, speaker);
      }
    }
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...byAnchor.values()].sort((a, b) => collator.compare(a.name, b.name) || a.anchor.localeCompare(b.anchor));
}

/** The bytes of speakers one page of the index holds at most, as the talk index's pages do. */
export const SPEAKER_PAGE_BUDGET = 256 * 1024;

// A speaker's heading and list around their talks, generously; each talk's link, title and conference.
const SPEAKER_FRAME_BYTES = 200;
const talkBytes = (talk: SpeakerTalk) => 160 + Buffer.byteLength(talk.title) + Buffer.byteLength(talk.path) * 2 + Buffer.byteLength(talk.conference);

export interface SpeakerPage {
  /** 1-based. */
  number: number;
  count: number;
  speakers: Speaker[];
}

/** The speakers cut into pages: the first at /speakers/, the others at /speakers/page/<n>/. */
export function speakerPages(speakers: readonly Speaker[], budget = SPEAKER_PAGE_BUDGET): SpeakerPage[] {
  const pages = pagesByWeight(speakers, (speaker) => SPEAKER_FRAME_BYTES + Buffer.byteLength(speaker.name) + speaker.talks.reduce((total, talk) => total + talkBytes(talk), 0), budget);
  return pages.map((page, index) => ({ number: index + 1, count: pages.length, speakers: page }));
}

export const speakerPagePath = (number: number): string => listPagePath('/speakers/', number);

export interface SiteSpeakers {
  pages: SpeakerPage[];
  /** Where a name's entry is, without base path ('/speakers/#jane-doe'); undefined for a name the index does not list. */
  pathOf: (name: string) => string | undefined;
}

// Every page that lists talks asks for the same index: build it once while the posts stay the same
// (lib/content hands out a new list each time, of the same post objects until one changes).
let last: { posts: readonly SpeakerPost[]; speakers: SiteSpeakers } | undefined;
/** The same objects in the same order: the content's list of posts has not changed. */
export const samePosts = <P>(a: readonly P[], b: readonly P[]): boolean => a.length === b.length && a.every((post, index) => post === b[index]);

/** The speaker index of these posts, by page, with where each name is listed. */
export function siteSpeakers(posts: readonly SpeakerPost[]): SiteSpeakers {
  if (last && samePosts(last.posts, posts)) return last.speakers;
  const speakers = buildSiteSpeakers(posts);
  last = { posts: [...posts], speakers };
  return speakers;
}

function buildSiteSpeakers(posts: readonly SpeakerPost[]): SiteSpeakers {
  const pages = speakerPages(speakerIndex(posts));
  const paths = new Map(pages.flatMap((page) => page.speakers.map((speaker) => [speaker.anchor, `${speakerPagePath(page.number)}#${speaker.anchor}`] as const)));
  return {
    pages,
    pathOf: (name) => {
      const anchor = speakerAnchor(name);
      return anchor === undefined ? undefined : paths.get(anchor);
    },
  };
}
