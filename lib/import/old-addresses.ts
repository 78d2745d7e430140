import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { redirectFiles } from '../content/redirects';
import type { PostSource } from '../content/sources';
import type { SiteConfig } from '../site-config-schema';
import { safeDecode } from '../urls';
import { pageCount } from '../pagination';
import { nearestPage } from './nearest-page';
import { listFiles } from './old-site-files';
import { oldFeedEntries, redirectTarget, sitePathOf } from './old-pages';
import type { AddressKind, ContentEntry, ImportNote, ImportPlan } from './plan';
import { builtAddresses, fileOfAddress, type ReferenceBuild } from './reference-build';
import { normalizeAddress, type StagedImport } from './stage';

/*
 * Every address of the old site, and what answers there after the move:
 * the post or page itself, a file byte for byte, a feed, a redirect to the
 * nearest page (for the old site's archives, tag pages and aliases), or
 * one of the site's own pages. Deciding the answer also settles what the
 * move must add: redirects, feeds per tag, and files only the old build
 * had (a theme's stylesheet), copied from it.
 */

export type AnswerKind = 'post' | 'page' | 'redirect' | 'file' | 'feed' | 'site' | 'missing';

export interface AddressAnswer {
  /** The old site path, without base path. */
  address: string;
  /** What it was on the old site. */
  was: AddressKind;
  answer: AnswerKind;
  /** The post's title, the redirect's target, the file's source, the feed's format, or why nothing answers. */
  detail: string;
  /** The old site's file it came from, when known. */
  file?: string | undefined;
  /** For a post or page: the title its old front matter gave, which its page must still show. */
  oldTitle?: string | undefined;
}

const SITE_OWN: Record<string, string> = { '/': 'home page', '/404.html': 'page for missing addresses', '/sitemap.xml': 'sitemap', '/robots.txt': 'robots.txt' };

/** The old site's addresses: the reference build's files (and the generator's own list), else what the plan computed. */
function oldAddresses(plan: ImportPlan, reference: ReferenceBuild | undefined): Map<string, { was: AddressKind; file?: string | undefined }> {
  const addresses = new Map<string, { was: AddressKind; file?: string | undefined }>();
  const add = (address: string, was: AddressKind, file?: string) => {
    const key = normalizeAddress(address);
    if (!addresses.has(key)) addresses.set(key, { was, file });
  };
  for (const entry of plan.entries) if (entry.oldAddress !== undefined && !entry.draft) add(entry.oldAddress, entry.kind, entry.file);
  for (const file of plan.statics) add(file.address, 'static', file.file);
  for (const entry of plan.entries) {
    if (!entry.folder || entry.draft || entry.oldAddress === undefined) continue;
    // A bundle's files, beside its page.
    const folder = entry.oldAddress.endsWith('/') ? entry.oldAddress : path.posix.dirname(entry.oldAddress);
    for (const file of listFiles(path.join(plan.root, entry.folder.file), (_relative, name) => name.startsWith('.'))) if (!/^_?index\.(md|markdown|html?)$/i.test(file)) add(path.posix.join(folder, file), 'static', `${entry.folder.file}/${file}`);
  }
  for (const generated of plan.generated) add(generated.address, generated.kind, generated.file);
  if (reference) {
    const built = new Set(builtAddresses(reference.outDir).map(normalizeAddress));
    for (const address of built) {
      const file = path.join(reference.outDir, fileOfAddress(address));
      // Hugo's aliases and jekyll-redirect-from's pages are redirects already.
      add(address, /\.html?$/i.test(file) && redirectTarget(readFileSync(file, 'utf8')) !== undefined ? 'redirect' : 'generated');
    }
    // A planned address the complete build did not publish was no address of the old site.
    if (!reference.partial) for (const [address, known] of addresses) if (!built.has(address) && known.was !== 'post' && known.was !== 'page') addresses.delete(address);
  }
  return addresses;
}

export interface AnswerContext {
  plan: ImportPlan;
  settings: SiteConfig;
  staged: StagedImport;
  reference: ReferenceBuild | undefined;
  notes: ImportNote[];
}

/**
 * What answers at each old address once the site is moved, adding to
 * `settings` (redirects, feeds) and to the staged public/ (files only the
 * old build had) what it takes.
 */
export function answerOldAddresses({ plan, settings, staged, reference, notes }: AnswerContext): AddressAnswer[] {
  const sources = [...staged.sources.entries()].filter((pair): pair is [ContentEntry, PostSource] => pair[1] !== undefined && !pair[1].draft);
  const byAddress = new Map(sources.map(([entry, source]) => [normalizeAddress(source.address.urlPath), { entry, source }]));
  const folderFiles = new Map(sources.flatMap(([, source]) => source.folderAssets.map((asset) => [normalizeAddress(asset.to), asset.from] as const)));
  const redirectsOf = new Map<string, PostSource>();
  for (const [, source] of sources) for (const redirect of source.redirects) for (const file of redirectFiles(redirect)) redirectsOf.set(normalizeAddress(`/${file}`), source);
  const feeds = new Map([...settings.feeds.atom.map((feed) => [feed, 'Atom'] as const), ...settings.feeds.rss.map((feed) => [feed, 'RSS'] as const), ...settings.feeds.more.map((feed) => [feed.path, feed.format === 'atom' ? 'Atom' : 'RSS'] as const)]);
  const keywords = [...new Set(staged.loaded.posts.flatMap((post) => post.keywords))];
  const homePages = pageCount(staged.loaded.posts.length, settings.pageSize);
  const titles = new Map([...staged.loaded.posts, ...staged.loaded.pages].map((post) => [normalizeAddress(post.urlPath), post.title]));
  const answers: AddressAnswer[] = [];
  for (const [address, { was, file }] of oldAddresses(plan, reference)) {
    const answer = (kind: AnswerKind, detail: string) => answers.push({ address, was, answer: kind, detail, file });
    const content = byAddress.get(address);
    if (content) {
      const title = titles.get(address) ?? content.entry.title ?? content.source.slug;
      answers.push({ address, was, answer: content.source.kind, detail: title, file, oldTitle: content.entry.title });
      continue;
    }
    const publicFile = path.join(staged.publicDir, fileOfAddress(address));
    if (existsSync(publicFile) && statSync(publicFile).isFile()) {
      answer('file', file ?? path.relative(staged.publicDir, publicFile));
      continue;
    }
    const folderFile = folderFiles.get(address);
    if (folderFile) {
      answer('file', path.relative(staged.contentDir, folderFile).split(path.sep).join('/'));
      continue;
    }
    const feed = feeds.get(address);
    if (feed) {
      answer('feed', feed);
      continue;
    }
    const aliased = redirectsOf.get(address);
    if (aliased) {
      answer('redirect', aliased.address.urlPath);
      continue;
    }
    const own = SITE_OWN[address];
    if (own) {
      answer('site', own);
      continue;
    }
    const homePage = /^\/page\/(\d+)\/$/.exec(address);
    if (homePage && Number(homePage[1]) >= 2 && Number(homePage[1]) <= homePages) {
      answer('site', `page ${homePage[1]} of the home page`);
      continue;
    }
    const built = reference && path.join(reference.outDir, fileOfAddress(address));
    const html = address.endsWith('/') || /\.html?$/i.test(address);
    if (built && existsSync(built) && !html) {
      const text = readFileSync(built);
      const parsed = /\.(xml|rss|atom)$/i.test(address) ? oldFeedEntries(text.toString('utf8')) : undefined;
      if (parsed) {
        settings.feeds.more.push({ path: address, format: parsed.format, ...feedFilter(address, keywords) });
        answer('feed', parsed.format === 'atom' ? 'Atom' : 'RSS');
        continue;
      }
      const target = path.join(staged.publicDir, fileOfAddress(address));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(built, target);
      answer('file', `${fileOfAddress(address)} (copied from the old site’s build)`);
      continue;
    }
    if (html && (was === 'listing' || was === 'home' || was === 'generated' || was === 'redirect')) {
      const oldTarget = built && existsSync(built) ? redirectTarget(readFileSync(built, 'utf8')) : undefined;
      const targetPath = oldTarget !== undefined ? sitePathOf(oldTarget, settings.baseUrl, settings.basePath) : undefined;
      const post = targetPath !== undefined ? byAddress.get(normalizeAddress(targetPath)) : undefined;
      const to = post ? post.source.address.urlPath : nearestPage(address, keywords, homePages);
      settings.redirects[address] = to;
      answer('redirect', to);
      continue;
    }
    const why = was === 'generated' ? `made by the old site's templates; only a build of the old site can carry it over (install ${plan.generator} and import again)` : 'not carried over';
    notes.push({ file: file ?? address, message: `${address}: ${why}` });
    answer('missing', why);
  }
  return answers.sort((a, b) => a.address.localeCompare(b.address));
}

/** The posts a feed of the old site listed, from its address: a tag's or a category's feed lists theirs. */
function feedFilter(address: string, keywords: readonly string[]): { tags?: string[]; categories?: string[]; title?: string } {
  const match = /\/(tags?|categories|category)\/([^/]+)\//.exec(safeDecode(address));
  if (!match?.[2]) return {};
  const term = keywords.find((keyword) => keyword.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === (match[2] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')) ?? match[2];
  return match[1]?.startsWith('tag') ? { tags: [term], title: term } : { categories: [term], title: term };
}
