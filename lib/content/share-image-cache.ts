import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDirectory } from './index';
import { pipelineVersion } from './pipeline-version';

/*
 * Drawing a share image takes tens of milliseconds; a thousand of them, every
 * build, most of a minute. Images are kept in the build's cache, keyed
 * by everything they show and the code that draws them (lib/, the lockfile
 * with the font packages, the image's markup), and drawn again only when one
 * of those changes. A file that is not a PNG is drawn again, never served.
 */
const PNG_SIGNATURE = '89504e470d0a1a0a';

function folder(): string {
  return path.join(cacheDirectory(), 'share-images');
}

let markup: string | undefined;

/** The image's markup, read once per process: it is part of every key. */
function shareImageMarkup(): string {
  if (markup === undefined) {
    try {
      markup = readFileSync(path.join(process.cwd(), 'components', 'ShareImage.tsx'), 'utf8');
    } catch {
      // Without the source, no key can promise the image is current: nothing will be reused.
      markup = String(Math.random());
    }
  }
  return markup;
}

export function shareImageKey(shown: Record<string, string>): string {
  return createHash('sha256').update(JSON.stringify({ shown, pipeline: pipelineVersion(process.cwd()), markup: shareImageMarkup() })).digest('hex');
}

export function readShareImage(key: string): Uint8Array | undefined {
  try {
    const bytes = readFileSync(path.join(folder(), `${key}.png`));
    return bytes.subarray(0, 8).toString('hex') === PNG_SIGNATURE ? new Uint8Array(bytes) : undefined;
  } catch {
    return undefined;
  }
}

export function writeShareImage(key: string, png: Uint8Array): void {
  mkdirSync(folder(), { recursive: true });
  const file = path.join(folder(), `${key}.png`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
}
