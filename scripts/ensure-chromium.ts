/**
 * Makes sure the e2e suite has a Chromium: Playwright's, CHROMIUM_PATH or
 * /usr/bin/chromium. When none is there it tries `npx playwright install
 * chromium`, then (Debian, as root) `apt-get install -y chromium`, and
 * otherwise stops with what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, type ChromiumInstall } from './chromium';

function run(command: string, args: string[]): boolean {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 }).status === 0;
}

function report(found: ChromiumInstall): never {
  console.log(`ensure-chromium: using ${found.executablePath} (${found.source})`);
  process.exit(0);
}

let found = findChromium();
if (found) report(found);
if (process.env.CHROMIUM_PATH) {
  console.error(`ensure-chromium: CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, but no file is there.`);
  process.exit(1);
}

run('npx', ['playwright', 'install', 'chromium']);
found = findChromium();
if (found) report(found);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
  found = findChromium();
  if (found) report(found);
}

console.error(
  [
    'ensure-chromium: no Chromium for the end-to-end tests.',
    'Install one of:',
    '  - Playwright’s browser: npx playwright install chromium',
    '  - Debian/Ubuntu: sudo apt-get install -y chromium',
    '  - any Chromium, then set CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
