import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PostSource } from '../content/sources';
import { postThread } from '../disqus';
import { jekyllPostId } from '../post-ids';
import { disqusIdentifierStyles, type SiteConfig } from '../site-config-schema';
import { oldDisqusThread, oldFeedEntries, sitePathOf } from './old-pages';
import type { ContentEntry, ImportNote, ImportPlan } from './plan';
import { fileOfAddress, type ReferenceBuild } from './reference-build';
import { normalizeAddress } from './stage';

/*
 * What only the old site's build can tell: the address its generator gave
 * each post, which posts showed a Disqus thread and by what identifier,
 * and how its feeds named their entries. The rules of jekyll.ts, hugo.ts
 * and hexo.ts guess these; the build settles them.
 */

/** Takes each post's address (and, for a post its generator dated by its file, the date) from the generator's own list. */
export function applyManifest(plan: ImportPlan, reference: ReferenceBuild, notes: ImportNote[]): void {
  const manifest = new Map(reference.manifest.filter((item) => item.kind === 'content').map((item) => [item.file, item]));
  for (const entry of plan.entries) {
    if (entry.draft) continue;
    const listed = manifest.get(entry.file);
    if (!listed) {
      if (entry.oldAddress !== undefined) {
        // Dated in the future, expired, or left out by a plugin: the old site did not publish it, and neither will confnotes.
        entry.pins.published = false;
        entry.oldAddress = undefined;
        notes.push({ file: entry.file, message: `${plan.generator} did not publish it (a future date, or a setting of the old site): imported as a draft (published: false)` });
      }
      continue;
    }
    entry.oldAddress = normalizeAddress(listed.address);
    if (entry.pins.date !== undefined && listed.date !== undefined) entry.pins.date = listed.date.replace(/\.\d+Z$/, 'Z');
  }
}

const isOn = (comments: unknown) => comments === true || (typeof comments === 'string' && comments.trim().toLowerCase() === 'disqus');

/**
 * Settles, from the old posts' pages, which posts show comments and the
 * identifier their threads are known by: a site-wide style when one fits
 * every post, each post's own `disqus_identifier` where none does.
 */
export function decideThreads(plan: ImportPlan, settings: SiteConfig, sources: ReadonlyMap<ContentEntry, PostSource | undefined>, reference: ReferenceBuild, notes: ImportNote[]): void {
  if (settings.disqusShortname === '') return;
  const absolute = (urlPath: string) => `${settings.baseUrl}${settings.basePath}${urlPath}`;
  const posts: Array<{ entry: ContentEntry; source: PostSource; thread: boolean; identifier: string | undefined }> = [];
  for (const [entry, source] of sources) {
    if (!source || source.draft || entry.oldAddress === undefined) continue;
    const file = path.join(reference.outDir, fileOfAddress(entry.oldAddress));
    if (!existsSync(file)) continue;
    posts.push({ entry, source, ...oldDisqusThread(readFileSync(file, 'utf8')) });
  }
  const threaded = posts.filter((post) => post.thread);
  if (threaded.length === 0) return;
  // Comments by default or not: whichever leaves fewer posts to pin `comments` on (the theme's rule on a tie).
  const shows = (post: (typeof posts)[number], byDefault: boolean) => {
    const own = post.source.meta.comments;
    return own === undefined ? byDefault && post.source.kind === 'post' : isOn(own);
  };
  const pinsNeeded = (byDefault: boolean) => posts.filter((post) => shows(post, byDefault) !== post.thread).length;
  const [on, off] = [pinsNeeded(true), pinsNeeded(false)];
  settings.commentsByDefault = on === off ? settings.commentsByDefault : on < off;
  for (const post of posts) if (shows(post, settings.commentsByDefault) !== post.thread) post.entry.pins.comments = post.thread ? 'disqus' : false;
  const expected = (style: SiteConfig['disqusIdentifier'], source: PostSource) =>
    postThread({ urlPath: source.address.urlPath, slug: source.slug, title: '', disqusIdentifier: source.meta.disqus_identifier, disqusUrl: source.meta.disqus_url }, style, absolute).identifier;
  const fits = (style: SiteConfig['disqusIdentifier']) => threaded.filter((post) => expected(style, post.source) === post.identifier).length;
  const best = [...disqusIdentifierStyles].sort((a, b) => fits(b) - fits(a) || (a === settings.disqusIdentifier ? -1 : b === settings.disqusIdentifier ? 1 : 0))[0] ?? 'address';
  settings.disqusIdentifier = best;
  for (const post of threaded) {
    if (expected(best, post.source) === post.identifier) continue;
    if (post.identifier !== undefined) post.entry.pins.disqus_identifier = post.identifier;
    else notes.push({ file: post.entry.file, message: `its Disqus embed sent no identifier, the others did: confnotes sends ${String(expected(best, post.source))}; check its thread after the move` });
  }
}

/** Settles how the feeds name their entries, from the old feeds' own ids; a post named otherwise is a note. */
export function decideFeedIds(settings: SiteConfig, sources: ReadonlyMap<ContentEntry, PostSource | undefined>, reference: ReferenceBuild, notes: ImportNote[]): void {
  const byAddress = new Map([...sources.values()].flatMap((source) => (source && !source.draft ? [[normalizeAddress(source.address.urlPath), source] as const] : [])));
  const absolute = (urlPath: string) => `${settings.baseUrl}${settings.basePath}${urlPath}`;
  const styles = { address: (source: PostSource) => absolute(source.address.urlPath), 'jekyll-post-id': (source: PostSource) => absolute(jekyllPostId({ urlPath: source.address.urlPath, slug: source.slug })) };
  const pairs: Array<{ feed: string; id: string; source: PostSource }> = [];
  for (const feed of [...settings.feeds.atom, ...settings.feeds.rss]) {
    const file = path.join(reference.outDir, fileOfAddress(feed));
    const parsed = existsSync(file) ? oldFeedEntries(readFileSync(file, 'utf8')) : undefined;
    for (const entry of parsed?.entries ?? []) {
      const sitePath = sitePathOf(entry.link, settings.baseUrl, settings.basePath);
      const source = sitePath !== undefined ? byAddress.get(normalizeAddress(sitePath)) : undefined;
      if (source) pairs.push({ feed, id: entry.id, source });
    }
  }
  if (pairs.length === 0) return;
  const score = (style: keyof typeof styles) => pairs.filter((pair) => styles[style](pair.source) === pair.id).length;
  const best = score('jekyll-post-id') > score('address') ? 'jekyll-post-id' : 'address';
  settings.feeds.entryIds = best;
  for (const pair of pairs.filter((candidate) => styles[best](candidate.source) !== candidate.id)) {
    notes.push({ file: pair.feed, message: `its entry for ${pair.source.address.urlPath} had the id ${pair.id}; confnotes's feed names it ${styles[best](pair.source)}, and feed readers may show it once more` });
  }
}
