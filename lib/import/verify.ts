import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult } from './import-site';
import { oldDisqusThread, oldFeedEntries, redirectTarget, sitePathOf } from './old-pages';
import { fileOfAddress } from './reference-build';
import { normalizeAddress } from './stage';

/*
 * `npm run import -- --verify`: the moved site built by confnotes, and each
 * address of the old site looked up in its output as a static host would:
 * a post or page must be there with its title (and its Disqus thread as
 * the old page had it), a file byte for byte, a feed in the same format
 * naming its entries as the old one did, a redirect where the report says.
 */

export interface AddressCheck {
  address: string;
  ok: boolean;
  /** What is wrong, for a failed check. */
  problem?: string | undefined;
}

export interface Verification {
  /** The built site that was checked. */
  outDir: string;
  results: AddressCheck[];
}

/** The moved site could not be built. */
export class BuildFailedError extends Error {
  override name = 'BuildFailedError';
}

/** Environment variables that would make the build differ from what site.config.ts says. */
const OVERRIDES = ['SITE_URL', 'BASE_PATH', 'CONTENT_DIR', 'NEXT_PUBLIC_DISQUS_SHORTNAME', 'COMMENTS_LOADING'];

/** `npm run build` in the project, as its author would run it. */
export function buildProject(project: string): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OVERRIDES.includes(name)));
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: project, env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new BuildFailedError(`npm run build of the moved site failed:\n${output}`);
  }
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Checks every old address of an import against the built site in `outDir`. */
export function verifyImport(result: ImportResult, outDir: string): Verification {
  const { settings, reference } = result;
  const titles = new Map([...result.loaded.posts, ...result.loaded.pages].map((post) => [normalizeAddress(post.urlPath), post.title]));
  const results = result.answers.map((answer): AddressCheck => {
    const check = (ok: boolean, problem: string): AddressCheck => (ok ? { address: answer.address, ok } : { address: answer.address, ok, problem });
    const file = path.join(outDir, fileOfAddress(answer.address));
    const exists = existsSync(file) && statSync(file).isFile();
    if (answer.answer === 'missing') return check(false, 'nothing answers');
    if (!exists) return check(false, `${path.relative(outDir, file)} is not in the built site`);
    const built = readFileSync(file);
    const old = reference ? path.join(reference.outDir, fileOfAddress(answer.address)) : undefined;
    const oldText = old && existsSync(old) && statSync(old).isFile() ? readFileSync(old) : undefined;
    switch (answer.answer) {
      case 'post':
      case 'page': {
        const html = built.toString('utf8');
        const title = answer.oldTitle ?? titles.get(answer.address) ?? answer.detail;
        const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
        if (heading === undefined || text(heading) !== text(title)) return check(false, `the page's title is ${heading === undefined ? 'missing' : `"${text(heading)}"`}, expected "${title}"`);
        if (!oldText) return check(true, '');
        const thread = oldDisqusThread(oldText.toString('utf8'));
        if (!thread.thread) return check(true, '');
        const shortname = /data-disqus-shortname="([^"]*)"/.exec(html)?.[1];
        if (shortname !== settings.disqusShortname || shortname === '') return check(false, 'the old page had a Disqus thread; this one has none');
        const identifier = /data-disqus-identifier="([^"]*)"/.exec(html)?.[1];
        const decoded = identifier === undefined ? undefined : text(identifier);
        return check(decoded === thread.identifier, `the Disqus identifier is ${decoded ?? 'none'}, the old page sent ${thread.identifier ?? 'none'}`);
      }
      case 'redirect': {
        const target = redirectTarget(built.toString('utf8'));
        const expected = `${settings.basePath}${answer.detail}`;
        return check(target !== undefined && normalizeAddress(target) === normalizeAddress(expected), `a redirect to ${expected} was expected, found ${target === undefined ? 'a page that is none' : target}`);
      }
      case 'file':
        return check(!oldText || oldText.equals(built), 'the file differs from the old site’s');
      case 'feed': {
        const feed = oldFeedEntries(built.toString('utf8'));
        const oldFeed = oldText && oldFeedEntries(oldText.toString('utf8'));
        if (!feed) return check(false, 'no Atom or RSS feed');
        if (!oldFeed) return check(true, '');
        if (feed.format !== oldFeed.format) return check(false, `a ${oldFeed.format} feed was expected, found ${feed.format}`);
        const oldIds = new Map(oldFeed.entries.map((entry) => [sitePathOf(entry.link, settings.baseUrl, settings.basePath), entry.id]));
        const renamed = feed.entries.filter((entry) => {
          const id = oldIds.get(sitePathOf(entry.link, settings.baseUrl, settings.basePath));
          return id !== undefined && id !== entry.id;
        });
        return check(renamed.length === 0, `entries with new ids: ${renamed.map((entry) => entry.id).join(', ')}`);
      }
      case 'site':
        return check(true, '');
    }
  });
  return { outDir, results };
}
