import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentSite, type LoadResult } from '../content/load-posts';
import type { PostSource } from '../content/sources';
import type { SiteConfig } from '../site-config-schema';
import { safeDecode } from '../urls';
import { setFrontMatterKeys } from './front-matter-edit';
import type { ContentEntry, ImportPlan } from './plan';

/*
 * The moved blog is first written to a scratch folder shaped like a
 * project (content/, public/) and read there by confnotes itself: where
 * confnotes's rules would publish a post elsewhere than the old site did,
 * the post gets the old address as its `permalink`, and the folder is read
 * again to check that every post now stands where it stood.
 */

/** An address as static hosts match it: decoded, a folder's index.html as the folder. */
export function normalizeAddress(address: string): string {
  const decoded = safeDecode(address.startsWith('/') ? address : `/${address}`);
  return decoded.replace(/\/index\.html?$/i, '/');
}

/** An address as a `permalink` value: what a permalink may not hold raw (spaces, '?', '#', ':') escaped. */
function asPermalink(address: string): string {
  return safeDecode(address).replace(/%/g, '%25').replace(/ /g, '%20').replace(/\?/g, '%3F').replace(/#/g, '%23').replace(/:/g, '%3A');
}

export interface StagedImport {
  /** The scratch project: content/ and public/ as they will be written. */
  folder: string;
  contentDir: string;
  publicDir: string;
  /** Each entry's post as confnotes reads it (drafts included); undefined when its front matter stops it. */
  sources: Map<ContentEntry, PostSource | undefined>;
  /** Every post and page rendered, with every problem, as `npm run build` will see them. */
  loaded: LoadResult;
  dispose(): void;
}

function loadOptions(staged: { folder: string; contentDir: string; publicDir: string }, settings: SiteConfig, includeDrafts: boolean) {
  return {
    contentDir: staged.contentDir,
    projectRoot: staged.folder,
    publicDir: staged.publicDir,
    site: { url: settings.baseUrl, basePath: settings.basePath, title: settings.title },
    addressing: { permalink: settings.permalink, timeZone: settings.timeZone || undefined },
    includeDrafts,
    uiLanguage: settings.uiLanguage,
  };
}

function writeEntry(contentDir: string, entry: ContentEntry): void {
  const target = path.join(contentDir, entry.target);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, setFrontMatterKeys(entry.text, entry.pins));
}

/**
 * Writes the plan's posts, pages and files to a scratch project and pins
 * the addresses confnotes would change. `decide` then sees each entry's
 * post as confnotes reads it, and may pin more keys (thread identifiers)
 * before the last reading.
 */
export async function stageImport(plan: ImportPlan, settings: SiteConfig, decide: (sources: ReadonlyMap<ContentEntry, PostSource | undefined>) => void = () => undefined): Promise<StagedImport> {
  const folder = mkdtempSync(path.join(tmpdir(), 'confnotes-staged-'));
  const contentDir = path.join(folder, 'content');
  const publicDir = path.join(folder, 'public');
  const staged = { folder, contentDir, publicDir };
  try {
    mkdirSync(contentDir);
    mkdirSync(publicDir);
    for (const entry of plan.entries) {
      if (entry.folder) cpSync(path.join(plan.root, entry.folder.file), path.join(contentDir, entry.folder.target), { recursive: true });
      writeEntry(contentDir, entry);
    }
    for (const file of plan.statics) {
      const target = path.join(publicDir, safeDecode(file.address));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(plan.root, file.file), target);
    }

    const byFile = (site: ContentSite) => new Map(site.sources.map((source) => [path.relative(contentDir, source.absolute).split(path.sep).join('/'), source]));
    const first = byFile(await ContentSite.load(loadOptions(staged, settings, true)));
    for (const entry of plan.entries) {
      const source = first.get(entry.target);
      if (!source || entry.draft || entry.oldAddress === undefined) continue;
      if (normalizeAddress(source.address.urlPath) !== normalizeAddress(entry.oldAddress)) {
        entry.pins.permalink = asPermalink(entry.oldAddress);
        writeEntry(contentDir, entry);
      }
    }
    const pinned = byFile(await ContentSite.load(loadOptions(staged, settings, true)));
    decide(new Map(plan.entries.map((entry) => [entry, pinned.get(entry.target)])));
    for (const entry of plan.entries) writeEntry(contentDir, entry);
    const site = await ContentSite.load(loadOptions(staged, settings, false));
    const all = byFile(await ContentSite.load(loadOptions(staged, settings, true)));
    const sources = new Map(plan.entries.map((entry) => [entry, all.get(entry.target)]));
    return { ...staged, sources, loaded: site.all(), dispose: () => rmSync(folder, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
