#!/usr/bin/env node
/**
 * The sites the Playwright suite runs against: production builds of the
 * sample content plus the extra posts in e2e/content (an index: false post,
 * an undated TOML post, a draft), served like any static host.
 * - http://localhost:4173 (E2E_PORT): built with a Disqus shortname;
 * - http://localhost:4174 (E2E_PORT + 1): the same content, no shortname;
 * - http://localhost:4175 (E2E_PORT + 2): comments load on a button press;
 * - http://localhost:4176 (E2E_PORT + 3): e2e/real-world, notes in five languages
 *   written the way Jekyll, Hugo, Hexo, Qiita and Obsidian users write them;
 * - http://localhost:4177/confnotes/ (E2E_PORT + 4): the real-world notes as a
 *   GitHub Pages project site, under BASE_PATH=/notes;
 * - http://localhost:4178, 4179/blog/, 4180 (E2E_PORT + 5, 6, 7): the Jekyll,
 *   Hugo and Hexo sites of lib/import/fixtures, each moved into a fresh copy
 *   of the project by `npm run import -- --verify` (which builds the old
 *   site with its own generator, and fails if an old address no longer
 *   answers), then built and served as their authors would.
 * Playwright starts it (playwright.config.ts, webServer).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? '4173');
const workDir = path.join(root, '.e2e-out');
const contentDir = path.join(workDir, 'content');

rmSync(workDir, { recursive: true, force: true });
mkdirSync(contentDir, { recursive: true });
cpSync(path.join(root, 'content'), contentDir, { recursive: true });
cpSync(path.join(root, 'e2e', 'content'), contentDir, { recursive: true });

const sites = [
  { name: 'with-comments', port, env: { NEXT_PUBLIC_DISQUS_SHORTNAME: 'confnotes-e2e' } },
  { name: 'no-shortname', port: port + 1, env: { NEXT_PUBLIC_DISQUS_SHORTNAME: '' } },
  { name: 'comments-on-click', port: port + 2, env: { NEXT_PUBLIC_DISQUS_SHORTNAME: 'confnotes-e2e', COMMENTS_LOADING: 'on-click' } },
  { name: 'real-world', port: port + 3, env: { NEXT_PUBLIC_DISQUS_SHORTNAME: '' }, contentDir: path.join(root, 'e2e', 'real-world') },
  { name: 'base-path', port: port + 4, env: { NEXT_PUBLIC_DISQUS_SHORTNAME: '', BASE_PATH: '/notes' }, contentDir: path.join(root, 'e2e', 'real-world') },
];

for (const site of sites) {
  const env = {
    ...process.env,
    ...site.env,
    CONTENT_DIR: site.contentDir ?? contentDir,
    SITE_URL: `http://localhost:${site.port}`,
    BASE_PATH: site.env.BASE_PATH ?? '',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  console.log(`e2e-site: building ${site.name}`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  cpSync(path.join(root, 'out'), path.join(workDir, site.name), { recursive: true });
}

/** A fresh copy of the project, as a new user clones it (node_modules shared), with an old site moved in. */
function importedSite({ name, fixture }) {
  const project = path.join(workDir, `project-${name}`);
  for (const entry of ['app', 'components', 'lib', 'scripts', 'public', 'content', 'next.config.js', 'package.json', 'tsconfig.json', 'site.config.ts']) {
    cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['SITE_URL', 'BASE_PATH', 'CONTENT_DIR', 'NEXT_PUBLIC_DISQUS_SHORTNAME', 'COMMENTS_LOADING'].includes(key)));
  console.log(`e2e-site: importing ${fixture} with --verify`);
  const imported = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/import.ts', '--verify', path.join(root, 'lib', 'import', 'fixtures', fixture)], { cwd: project, env, stdio: 'inherit' });
  if (imported.status !== 0) process.exit(imported.status ?? 1);
  cpSync(path.join(project, 'out'), path.join(workDir, name), { recursive: true });
}

const importedSites = [
  { name: 'imported-jekyll', fixture: 'jekyll-site', port: port + 5, basePath: '' },
  { name: 'imported-hugo', fixture: 'hugo-site', port: port + 6, basePath: '/blog' },
  { name: 'imported-hexo', fixture: 'hexo-site', port: port + 7, basePath: '' },
];
for (const site of importedSites) importedSite(site);

// The main site starts last: Playwright waits for it, and by then the others are listening too.
const served = [...sites, ...importedSites.map((site) => ({ ...site, env: { BASE_PATH: site.basePath } }))];
const servers = [...served].reverse().map((site) =>
  spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(site.port), '--dir', path.join(workDir, site.name)], {
    cwd: root,
    env: { ...process.env, BASE_PATH: site.env.BASE_PATH ?? '' },
    stdio: 'inherit',
  }),
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => servers.forEach((server) => server.kill(signal)));
for (const server of servers) server.on('exit', (code) => process.exit(code ?? 0));
