import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { readHexoConfig } from './hexo';
import { stringOf } from './old-site-files';
import { ReferenceBuildError, run, scratchCopy, type ManifestEntry, type ReferenceBuild } from './reference-build';

/*
 * The old Hexo site built by Hexo, through its API in a process of its own:
 * with the site's own node_modules when it has them installed, else with
 * the Hexo and generator plugins confnotes installs for this purpose. Hexo
 * then says where it put each post and page, and the date it gave a post
 * whose front matter has none (its file's).
 */

const GENERATE = `
import { createRequire } from 'node:module';
const [site] = process.argv.slice(2);
const require = createRequire(site + '/package.json');
const Hexo = require('hexo');
const hexo = new Hexo(site, { silent: true });
await hexo.init();
await hexo.call('generate', {});
const source = hexo.config.source_dir;
const entry = (item) => ({ file: source + '/' + item.source, address: '/' + item.path.replace(/index\\.html$/, ''), date: item.date ? item.date.toISOString() : undefined });
const result = { version: hexo.version, publicDir: hexo.public_dir, posts: hexo.locals.get('posts').toArray().map(entry), pages: hexo.locals.get('pages').toArray().map(entry) };
await hexo.exit();
process.stdout.write('\\n' + JSON.stringify(result));
`;

const resultSchema = z.object({
  version: z.string(),
  publicDir: z.string(),
  posts: z.array(z.object({ file: z.string(), address: z.string(), date: z.string().optional() })),
  pages: z.array(z.object({ file: z.string(), address: z.string(), date: z.string().optional() })),
});

/** The node_modules folder Hexo is taken from: the site's own, else the one confnotes installs Hexo in. */
function hexoModules(root: string): string {
  if (existsSync(path.join(root, 'node_modules', 'hexo', 'package.json'))) return path.join(root, 'node_modules');
  try {
    const hexoPackage = createRequire(import.meta.url).resolve('hexo/package.json');
    return path.dirname(path.dirname(hexoPackage));
  } catch {
    throw new ReferenceBuildError('hexo is not installed: run npm install in the old site’s folder (or in confnotes, which lists Hexo among its dev dependencies)');
  }
}

/** Builds the Hexo site at `root` into a temporary folder. Throws ReferenceBuildError when Hexo cannot be found or the site does not build. */
export function buildHexoSite(root: string): ReferenceBuild {
  const modules = hexoModules(root);
  const scratch = scratchCopy(root, (relative) => /^(\.git|node_modules|public|db\.json|\.deploy_git)(\/|$)/.test(relative));
  try {
    symlinkSync(modules, path.join(scratch.source, 'node_modules'), 'dir');
    const script = path.join(scratch.work, 'generate.mjs');
    writeFileSync(script, GENERATE);
    const output = run(process.execPath, [script, scratch.source], { cwd: scratch.source, env: { TZ: stringOf(readHexoConfig(root).timezone) ?? 'UTC' }, what: 'building the old site with Hexo' }).stdout;
    const result = resultSchema.parse(JSON.parse(output.slice(output.lastIndexOf('\n') + 1)));
    const manifest: ManifestEntry[] = [...result.posts, ...result.pages].map((item) => ({ file: item.file, address: item.address, kind: 'content', date: item.date }));
    return { generator: 'hexo', version: `hexo ${result.version}`, outDir: result.publicDir, manifest, notes: [], partial: false, dispose: scratch.dispose };
  } catch (error) {
    scratch.dispose();
    throw error;
  }
}
