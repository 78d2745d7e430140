import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PAGES_FOLDER } from './post-file';

/** A file of a post's own folder and the site path it is published at, next to the post's page. */
export interface FolderAsset {
  /** Absolute path of the file. */
  from: string;
  /** Site path (without base path). */
  to: string;
}

const BUNDLE_INDEX = /^_?index\.(md|markdown|html?)$/i;

/**
 * The folder whose files belong to a post, as the generators that
 * introduced them have it:
 * - Hugo's page bundle: the post is `x/index.md`, its images and files sit
 *   beside it;
 * - Hexo's post asset folder: `x/` beside `x.md`.
 * Undefined when the post has none (the content folder itself, or
 * `_pages/`, is never one post's folder).
 * A synchronous stat: a thousand of them take milliseconds, where as many
 * promises queued in the busy `next dev` server took a third of a second
 * of every reload after a save.
 */
export function findAssetFolder(postFile: string, contentDir: string): string | undefined {
  const directory = path.dirname(postFile);
  if (BUNDLE_INDEX.test(path.basename(postFile))) {
    return directory === contentDir || directory === path.join(contentDir, PAGES_FOLDER) ? undefined : directory;
  }
  const sibling = path.join(directory, path.basename(postFile).replace(/\.[^.]+$/, ''));
  try {
    return statSync(sibling, { throwIfNoEntry: false })?.isDirectory() ? sibling : undefined;
  } catch {
    // Unreadable (permissions, a name too long): not a folder the post can use.
    return undefined;
  }
}

/** The folder of the page at `urlPath`: where files beside it are published. */
export function pageFolder(urlPath: string): string {
  return urlPath.endsWith('/') ? urlPath : path.posix.dirname(urlPath);
}

/** Every file of a post's folder (hidden ones and other posts aside), published under the page's folder at the same relative path. */
export async function listFolderAssets(folder: string, urlPath: string, isPost: (file: string) => boolean): Promise<FolderAsset[]> {
  const assets: FolderAsset[] = [];
  const walk = async (directory: string): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && !isPost(full)) assets.push({ from: full, to: path.posix.join(pageFolder(urlPath), path.relative(folder, full).split(path.sep).join('/')) });
    }
  };
  await walk(folder);
  return assets;
}
