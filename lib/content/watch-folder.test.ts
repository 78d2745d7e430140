import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFolderTree } from './watch-folder';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A watched temp folder; `nextChange()` resolves at the next notification. */
function watchedFolder() {
  const root = mkdtempSync(path.join(tmpdir(), 'confnotes-watch-'));
  let notify: () => void = () => {};
  let notifications = 0;
  const stop = watchFolderTree(root, () => {
    notifications += 1;
    notify();
  }, 10);
  cleanups.push(() => {
    stop();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    root,
    nextChange: () => new Promise<void>((resolve) => (notify = resolve)),
    count: () => notifications,
  };
}

describe('watchFolderTree', () => {
  it('reports every atomic save of the same post (write a temporary file, rename it over the post)', async () => {
    const folder = watchedFolder();
    const post = path.join(folder.root, 'post.md');
    writeFileSync(post, 'first');
    for (const text of ['second', 'third', 'fourth']) {
      const changed = folder.nextChange();
      writeFileSync(`${post}.tmp`, text);
      renameSync(`${post}.tmp`, post);
      await changed;
    }
    expect(folder.count() >= 3 ? 'each save reported' : `only ${folder.count()} reports`).toEqual('each save reported');
  });

  it('follows a folder made after it started, and deletions in it', async () => {
    const folder = watchedFolder();
    const made = folder.nextChange();
    mkdirSync(path.join(folder.root, '2019'));
    await made;
    const written = folder.nextChange();
    writeFileSync(path.join(folder.root, '2019', 'post.md'), 'notes');
    await written;
    const deleted = folder.nextChange();
    unlinkSync(path.join(folder.root, '2019', 'post.md'));
    await deleted;
    expect(folder.count() >= 3 ? 'each change reported' : `only ${folder.count()} reports`).toEqual('each change reported');
  });
});
