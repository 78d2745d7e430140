import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReaderBundle } from './reader-bundle';
import { ReaderBundleMemo } from './reader-bundle-memo';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('ReaderBundleMemo', () => {
  it('bundles again only when a source of the last bundle changed', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'confnotes-reader-memo-'));
    folders.push(folder);
    const source = path.join(folder, 'index.ts');
    writeFileSync(source, 'export {};');
    // Older than the bundling below, as a source saved before it.
    utimesSync(source, new Date(2020, 0, 1), new Date(2020, 0, 1));
    let bundles = 0;
    const memo = new ReaderBundleMemo(async (): Promise<ReaderBundle> => {
      bundles += 1;
      return { fileName: `reader.${bundles}.js`, contents: new Uint8Array(), gzipBytes: 0, inputs: [source] };
    });
    const first = (await memo.current()).fileName;
    const unchanged = (await memo.current()).fileName;
    utimesSync(source, new Date(2021, 0, 1), new Date(2021, 0, 1));
    const afterSave = (await memo.current()).fileName;
    expect({ first, unchanged, afterSave, bundles }).toEqual({ first: 'reader.1.js', unchanged: 'reader.1.js', afterSave: 'reader.2.js', bundles: 2 });
  });
});
