import path from 'node:path';
import { readHugoConfig } from './hugo';
import { stringOf, valueOf } from './old-site-files';
import { isInstalled, ReferenceBuildError, run, scratchCopy, type ManifestEntry, type ReferenceBuild } from './reference-build';

/*
 * The old Hugo site built by Hugo, in its production environment. Hugo's
 * own list of its pages (`hugo list all`) gives each content file's
 * permalink: the address its rules gave it, whatever the version.
 */

/** Rows of a CSV text, with quoted fields ("a, b" and "" inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Builds the Hugo site at `root` into a temporary folder. Throws ReferenceBuildError when Hugo is not installed or the site does not build. */
export function buildHugoSite(root: string): ReferenceBuild {
  if (!isInstalled('hugo', ['version'])) throw new ReferenceBuildError('hugo is not installed: install it to build the old site for reference (Debian: apt-get install hugo)');
  const scratch = scratchCopy(root, (relative) => /^(\.git|public|resources|node_modules|\.hugo_build\.lock)(\/|$)/.test(relative));
  try {
    const config = readHugoConfig(root);
    const outDir = path.join(scratch.work, 'out');
    const env = { HUGO_ENVIRONMENT: 'production', TZ: 'UTC' };
    const notes: ReferenceBuild['notes'] = [];
    const build = (extra: string[]) => run('hugo', ['--source', scratch.source, '--destination', outDir, '--environment', 'production', '--quiet', ...extra], { cwd: scratch.source, env, what: 'building the old site with Hugo' });
    let partial = false;
    try {
      build([]);
    } catch (error) {
      // A theme kept as a git submodule or a Hugo module is often missing from a copy of the site: build without it.
      const theme = error instanceof ReferenceBuildError ? /module "([^"]+)" not found/.exec(error.message)?.[1] : undefined;
      if (theme === undefined) throw error;
      notes.push({ file: 'themes', message: `the theme ${theme} is not in the site's folder, so the reference build went without it: the pages it laid out are not in the list, and the lists follow Hugo's rules` });
      partial = true;
      build(['--theme', '']);
    }
    const listed = parseCsv(run('hugo', ['list', 'all', '--source', scratch.source, ...(partial ? ['--theme', ''] : [])], { cwd: scratch.source, env, what: 'listing the old site’s pages with Hugo' }).stdout);
    const [header = [], ...rows] = listed;
    const column = (name: string) => header.indexOf(name);
    const base = new URL(stringOf(valueOf(config, 'baseURL')) ?? 'http://localhost/');
    const basePath = base.pathname.replace(/\/+$/, '');
    const manifest: ManifestEntry[] = rows.flatMap((row): ManifestEntry[] => {
      const file = row[column('path')];
      const permalink = row[column('permalink')];
      if (file === undefined || permalink === undefined || row[column('draft')] === 'true' || !URL.canParse(permalink, base)) return [];
      const pathname = decodeURI(new URL(permalink, base).pathname);
      return [{ file, address: pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname, kind: 'content' }];
    });
    const version = run('hugo', ['version'], { cwd: scratch.work, what: 'asking Hugo its version' }).stdout.trim();
    return { generator: 'hugo', version, outDir, manifest, notes, partial, dispose: scratch.dispose };
  } catch (error) {
    scratch.dispose();
    throw error;
  }
}
