import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(__dirname, '..');

function build(contentDir: string) {
  return spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
}

describe('npm run build on broken content', () => {
  it('exits non-zero with one line per problem, naming each file', () => {
    const result = build('lib/content/fixtures/broken');
    expect(result.status).not.toBe(0);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('lib/content/fixtures/broken/'));
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'lib/content/fixtures/broken/bad-toml.md',
      'lib/content/fixtures/broken/bad-yaml.md',
      'lib/content/fixtures/broken/duoshuo.md',
      'lib/content/fixtures/broken/impossible-date.md',
      'lib/content/fixtures/broken/keywords-number.md',
      'lib/content/fixtures/broken/talks-permalink.md',
      'lib/content/fixtures/broken/same-url-permalink.md',
    ]);
    expect(result.stderr).toMatch(/content check: 3 posts \(\d+ rendered, \d+ unchanged from the cache\), 6 errors, 1 warning/);
    // The check stops the build before Next.js starts.
    expect(result.stdout).not.toContain('Creating an optimized production build');
  }, 60_000);

  it('stops on a folder with no published posts, naming the folder', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'confnotes-empty-'));
    const result = build(empty);
    rmSync(empty, { recursive: true });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${path.relative(projectRoot, empty)}: error: has no published posts`);
    expect(result.stdout).not.toContain('Creating an optimized production build');
  }, 60_000);
});
