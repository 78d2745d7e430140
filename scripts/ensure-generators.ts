/**
 * Makes sure the e2e suite has the old generators it moves blogs from:
 * Jekyll (with the jekyll-feed and jekyll-paginate plugins its fixture
 * uses) and Hugo. Hexo comes with npm install. When one is missing it
 * installs them (Debian, as root: apt-get), and otherwise stops with what
 * to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['jekyll', 'ruby-jekyll-feed', 'ruby-jekyll-paginate', 'hugo'];

const answers = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;

function missing(): string[] {
  const absent: string[] = [];
  if (!answers('jekyll', ['--version'])) absent.push('jekyll');
  for (const plugin of ['jekyll-feed', 'jekyll-paginate']) if (!answers('ruby', ['-e', `require 'jekyll'; require '${plugin}'`])) absent.push(plugin);
  if (!answers('hugo', ['version'])) absent.push('hugo');
  return absent;
}

let absent = missing();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (absent.length > 0 && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`ensure-generators: installing ${PACKAGES.join(' ')} (missing: ${absent.join(', ')})`);
  const install = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 15 * 60_000 }).status === 0;
  if (install(['update', '-qq'])) install(['install', '-y', '-qq', ...PACKAGES]);
  absent = missing();
}
if (absent.length > 0) {
  console.error(`ensure-generators: the end-to-end tests build old sites with their own generators, and ${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} missing.\nDebian/Ubuntu: sudo apt-get install -y ${PACKAGES.join(' ')}`);
  process.exit(1);
}
console.log('ensure-generators: jekyll (with jekyll-feed, jekyll-paginate) and hugo are here');
