import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { isSkippedFolder } from './sources';

/*
 * Watches a folder and every folder under it, one non-recursive watcher per
 * folder. Node 20's recursive watcher on Linux watches each file's inode, so
 * after an editor's atomic save (write a temporary file, rename it over the
 * post: vim, JetBrains, sed -i) it never reports that post again; a
 * folder's watcher sees every save, however it is made.
 */

/** Folders posts may be in: the same ones lib/content/sources.ts looks through. */
function foldersUnder(root: string): string[] {
  const folders = [root];
  for (let index = 0; index < folders.length; index += 1) {
    const folder = folders[index];
    if (folder === undefined) continue;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !isSkippedFolder(entry.name)) folders.push(path.join(folder, entry.name));
    }
  }
  return folders;
}

/**
 * Calls `onChange` once after each burst of changes under `root` (editors
 * save in several steps: write, rename, chmod). Returns the function that
 * stops watching. A missing root is watched for nothing.
 */
export function watchFolderTree(root: string, onChange: () => void, settleMs = 50): () => void {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;

  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      follow();
      onChange();
    }, settleMs);
    timer.unref();
  };

  // New folders get a watcher, removed ones lose theirs.
  function follow(): void {
    const folders = new Set(foldersUnder(root));
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, settle);
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
        });
        watcher.unref();
        watchers.set(folder, watcher);
      } catch {
        // Gone between listing and watching: the next change lists again.
      }
    }
  }

  follow();
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}
