import { slug } from 'github-slugger';

const MAX_LENGTH = 60;
const MIN_CUT = 40;

/**
 * The GitHub-style slug of a talk title, kept short enough to read in an
 * address bar: cut at the last word boundary between 40 and 60 characters,
 * or at 60 when there is none (Chinese and Japanese titles have no spaces).
 */
export function talkSlug(title: string): string {
  const full = slug(title);
  if (full.length <= MAX_LENGTH) return full;
  const characters = [...full];
  const head = characters.slice(0, MAX_LENGTH + 1).join('');
  const boundary = head.lastIndexOf('-');
  const cut = boundary >= MIN_CUT ? head.slice(0, boundary) : characters.slice(0, MAX_LENGTH).join('');
  return cut.replace(/-+$/, '');
}
