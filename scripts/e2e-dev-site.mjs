#!/usr/bin/env node
/**
 * `next dev` for the e2e tests of writing (e2e/dev.spec.ts), on its own copy
 * of the sample content (the tests edit it) and its own rendering cache:
 * http://localhost:4183 (E2E_PORT + 10). Playwright starts and stops it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? '4173') + 10;
const workDir = path.join(root, '.e2e-out', 'dev');
const contentDir = path.join(workDir, 'content');

rmSync(workDir, { recursive: true, force: true });
mkdirSync(contentDir, { recursive: true });
cpSync(path.join(root, 'content'), contentDir, { recursive: true });
cpSync(path.join(root, 'e2e', 'content'), contentDir, { recursive: true });

const server = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--port', String(port)], {
  cwd: root,
  env: { ...process.env, CONTENT_DIR: contentDir, CONFNOTES_CACHE_DIR: path.join(workDir, 'cache'), NEXT_PUBLIC_DISQUS_SHORTNAME: '', SITE_URL: `http://localhost:${port}`, BASE_PATH: '', NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
