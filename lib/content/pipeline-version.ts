import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * A rendering is only as good as the code that made it: the cache key
 * includes a hash of the library code (lib/, tests and fixtures aside) and
 * of the exact dependency versions (package-lock.json). Editing a plugin, or
 * upgrading remark, renders every post again; nothing else does.
 */
const SKIPPED = /(?:\.test\.ts|\.d\.ts)$/;

function* codeFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures') yield* codeFiles(full);
    } else if (/\.tsx?$/.test(entry.name) && !SKIPPED.test(entry.name)) {
      yield full;
    }
  }
}

const versions = new Map<string, string>();

/**
 * The pipeline's version: of the code in `codeRoot`/lib, computed once per
 * process. Bundled code (a Next.js worker) cannot point at its own sources,
 * so the project root is given; where its lib/ cannot be read, the version
 * is this process's own and nothing cached elsewhere is trusted.
 */
export function pipelineVersion(codeRoot: string): string {
  const known = versions.get(codeRoot);
  if (known !== undefined) return known;
  let files: string[];
  try {
    files = [...codeFiles(path.join(codeRoot, 'lib')), path.join(codeRoot, 'package-lock.json')];
  } catch {
    const unknown = `unknown:${randomUUID()}`;
    versions.set(codeRoot, unknown);
    return unknown;
  }
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(codeRoot, file));
    hash.update(path.relative(codeRoot, file));
    hash.update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  const version = hash.digest('hex');
  versions.set(codeRoot, version);
  return version;
}
