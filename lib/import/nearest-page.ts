import { keywordSlug } from '../keywords/keyword-slug';
import { safeDecode } from '../urls';

/** Folders old blogs list a tag's or a category's posts under. */
const TAG_FOLDERS = new Set(['tags', 'tag', 'topics', 'topic', 'labels', 'label', 'keywords']);
const CATEGORY_FOLDERS = new Set(['categories', 'category']);

/** Letters and digits only, lower-cased: how the slugs of Jekyll, Hugo and Hexo for one tag still compare equal. */
const comparable = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The confnotes page nearest to an old listing page, where a redirect sends
 * its readers: a tag's (or category's) page goes to the keyword page of
 * that name when the site has one, else to the keyword list (tags) or the
 * home page; the home page's old pages go to its page of the same number
 * when there is one; archives, other lists and sections go to the home page.
 */
export function nearestPage(oldAddress: string, keywords: readonly string[], homePages = 1): string {
  const segments = safeDecode(oldAddress).split('/').filter((segment) => segment !== '');
  // The home page's pages: Jekyll's /page2/, Hugo's and Hexo's /page/2/.
  const numbered = /^\/page\/?(\d+)\/(?:index\.html)?$/.exec(safeDecode(oldAddress));
  if (numbered) {
    const number = Number(numbered[1]);
    return number >= 2 && number <= homePages ? `/page/${number}/` : '/';
  }
  const folderAt = segments.findIndex((segment) => TAG_FOLDERS.has(segment.toLowerCase()) || CATEGORY_FOLDERS.has(segment.toLowerCase()));
  if (folderAt === -1) return '/';
  const isTag = TAG_FOLDERS.has((segments[folderAt] ?? '').toLowerCase());
  const term = segments[folderAt + 1];
  const fallback = isTag ? '/keywords/' : '/';
  if (term === undefined || /^(page|\d+)$/.test(term) || term.endsWith('.html') && term.startsWith('index')) return fallback;
  const wanted = comparable(term.replace(/\.html?$/, ''));
  const keyword = keywords.find((candidate) => comparable(candidate) === wanted);
  return keyword !== undefined ? `/keywords/${keywordSlug(keyword)}/` : fallback;
}
