import { stat } from 'node:fs/promises';
import type { ReadFileResult } from './post-file';

export type { ReadFileResult } from './post-file';

/*
 * An author saving one post of a thousand should wait for that post, not for
 * a thousand files read and parsed again (about a second in `next dev`):
 * the memo keeps each file's result with the size and times it was read at.
 */
export class SourceMemo {
  private readonly files = new Map<string, { stamp: string; result: ReadFileResult }>();

  /** The result for `absolute`, from memory when the file is unchanged, else read now. */
  async read(absolute: string, readNow: () => Promise<ReadFileResult>): Promise<ReadFileResult> {
    const stats = await stat(absolute);
    const stamp = `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
    const known = this.files.get(absolute);
    if (known?.stamp === stamp) return known.result;
    const result = await readNow();
    this.files.set(absolute, { stamp, result });
    return result;
  }

  /** Forgets files no longer in the folder. */
  keepOnly(absolutes: readonly string[]): void {
    const kept = new Set(absolutes);
    for (const absolute of this.files.keys()) if (!kept.has(absolute)) this.files.delete(absolute);
  }
}
