#!/usr/bin/env node
/**
 * The site the Playwright suite runs against: a production build of the
 * sample content plus the extra posts in e2e/content (an index: false post,
 * an undated TOML post, a draft), served from out/ like any static host.
 * Playwright starts it (playwright.config.ts, webServer).
 */
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_PORT ?? '4173';
const contentDir = path.join(root, '.e2e-out', 'content');

rmSync(contentDir, { recursive: true, force: true });
mkdirSync(contentDir, { recursive: true });
cpSync(path.join(root, 'content'), contentDir, { recursive: true });
cpSync(path.join(root, 'e2e', 'content'), contentDir, { recursive: true });

const env = { ...process.env, CONTENT_DIR: contentDir, SITE_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: '1' };
const build = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', port], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
