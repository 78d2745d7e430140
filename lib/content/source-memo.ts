import { statSync } from 'node:fs';
import type { ReadFileResult } from './post-file';

export type { ReadFileResult } from './post-file';

/*
 * An author saving one post of a thousand should wait for that post, not for
 * a thousand files read and parsed again (about a second in `next dev`):
 * the memo keeps each file's result with the size and times it was read at.
 * Everything here is synchronous: `next dev` tracks every promise for its
 * request context, and a thousand of them per reload cost a third of a
 * second where a thousand stat calls cost milliseconds.
 */
export class SourceMemo {
  private readonly files = new Map<string, { stamp: string; result: ReadFileResult }>();

  private static stampOf(absolute: string): string | undefined {
    const stats = statSync(absolute, { throwIfNoEntry: false });
    return stats && `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
  }

  /** The result for `absolute`, from memory when the file is unchanged, else read now. */
  read(absolute: string, readNow: () => ReadFileResult): ReadFileResult {
    // Stamped before reading: a save during the read makes the next load read again, never keep the old text.
    const stamp = SourceMemo.stampOf(absolute);
    const known = this.files.get(absolute);
    if (known && known.stamp === stamp) return known.result;
    const result = readNow();
    if (stamp !== undefined) this.files.set(absolute, { stamp, result });
    return result;
  }

  /** Forgets files no longer in the folder. */
  keepOnly(absolutes: readonly string[]): void {
    const kept = new Set(absolutes);
    for (const absolute of this.files.keys()) if (!kept.has(absolute)) this.files.delete(absolute);
  }
}
