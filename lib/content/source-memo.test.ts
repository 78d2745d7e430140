import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceMemo, type ReadFileResult } from './source-memo';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function postFile(text: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'confnotes-memo-'));
  folders.push(folder);
  const file = path.join(folder, 'post.md');
  writeFileSync(file, text);
  return file;
}

describe('SourceMemo', () => {
  it('reads a file again only when its size or times changed, and forgets files that are gone', () => {
    const memo = new SourceMemo();
    const file = postFile('first');
    let reads = 0;
    const readNow = (): ReadFileResult => {
      reads += 1;
      return { post: undefined, problems: [], draft: false };
    };
    memo.read(file, readNow);
    memo.read(file, readNow);
    const unchanged = reads;
    writeFileSync(file, 'second, longer');
    memo.read(file, readNow);
    const afterEdit = reads;
    memo.keepOnly([]);
    memo.read(file, readNow);
    expect({ unchanged, afterEdit, afterForgetting: reads }).toEqual({ unchanged: 1, afterEdit: 2, afterForgetting: 3 });
  });
});
