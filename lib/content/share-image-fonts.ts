import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFontSlices, slicesFor, type FontSlice } from '../share-image/font-slices';

/*
 * Fonts for the share images, from npm packages (nothing is downloaded at
 * build time): Noto Sans SC holds Chinese, Japanese and Latin, and most
 * hangul; Nanum Gothic the rest of hangul. Each comes in slices
 * (lib/share-image/font-slices.ts); an image loads only those its text needs.
 */
const FAMILIES = [
  { name: 'Noto Sans SC', folder: 'noto-sans-sc' },
  { name: 'Nanum Gothic', folder: 'nanum-gothic' },
] as const;

export type FontWeight = 400 | 700;

export interface ShareImageFont {
  name: string;
  data: ArrayBuffer;
  weight: FontWeight;
  style: 'normal';
}

interface NamedSlice extends FontSlice {
  folder: string;
  /** Unique per slice: the renderer picks one font per name, and falls back across names only. */
  name: string;
}

const packageFolder = (folder: string) => path.join(process.cwd(), 'node_modules', '@fontsource', folder);
const slicesByWeight = new Map<FontWeight, NamedSlice[]>();
const fileData = new Map<string, ArrayBuffer>();

function slices(weight: FontWeight): NamedSlice[] {
  const known = slicesByWeight.get(weight);
  if (known) return known;
  const all = FAMILIES.flatMap(({ name, folder }) =>
    parseFontSlices(readFileSync(path.join(packageFolder(folder), `${weight}.css`), 'utf8')).map((slice, index) => ({ ...slice, folder, name: `${name} ${weight} ${index}` })),
  );
  slicesByWeight.set(weight, all);
  return all;
}

function read(folder: string, file: string): ArrayBuffer {
  const full = path.join(packageFolder(folder), 'files', file);
  const known = fileData.get(full);
  if (known) return known;
  const bytes = readFileSync(full);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  fileData.set(full, data);
  return data;
}

/** Pictographs (emoji) are drawn by no font here, and the renderer would fetch them from a CDN. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/u;
/** Hangul is Nanum Gothic's; Noto Sans SC lacks many syllables, and the renderer draws a run of text in one font. */
const HANGUL = /\p{Script=Hangul}/u;

/** A stretch of text drawn in one font family. */
export interface ShareImageRun {
  text: string;
  /** CSS font-family: the slices of that family holding the run's characters. */
  fontFamily: string;
}

export interface ShareImageText {
  runs: ShareImageRun[];
  /** Characters left out: emoji, and any no font here holds (so the renderer never fetches a font). */
  missing: string[];
}

/** Fonts for the texts of one share image: each text cut into runs of one family, and the fonts to hand the renderer. */
export function shareImageFonts(texts: { title: string; siteTitle: string; details: string }): {
  title: ShareImageText;
  siteTitle: ShareImageText;
  details: ShareImageText;
  fonts: ShareImageFont[];
} {
  const fonts = new Map<string, ShareImageFont>();
  const prepare = (text: string, weight: FontWeight): ShareImageText => {
    const all = slices(weight);
    const [noto, nanum] = FAMILIES.map(({ name }) => all.filter((slice) => slice.name.startsWith(`${name} `)));
    const missing = new Set<string>();
    const runs: Array<{ family: NamedSlice[]; text: string }> = [];
    const add = (family: NamedSlice[], character: string) => {
      const last = runs.at(-1);
      if (last && last.family === family) last.text += character;
      else runs.push({ family, text: character });
    };
    // Word by word: in a word with hangul, hangul and ASCII are Nanum Gothic's (digits match the hangul beside them); all else is Noto's.
    const pictographs = new RegExp(PICTOGRAPH.source, 'gu');
    for (const pictograph of text.match(pictographs) ?? []) missing.add(pictograph);
    for (const word of text.replace(pictographs, '').replace(/\s+/g, ' ').trim().split(/(?<= )/)) {
      const korean = HANGUL.test(word);
      for (const character of word) {
        const last = runs.at(-1);
        if (character === ' ') {
          if (last) last.text += character;
          continue;
        }
        const family = (korean && (HANGUL.test(character) || /[\x21-\x7e]/.test(character)) ? nanum : noto) ?? [];
        // Nanum Gothic's stylesheet claims characters its slices lack: hangul and ASCII are what it surely draws.
        const covered = family === nanum || slicesFor(character, family).missing.length === 0;
        if (!covered) missing.add(character);
        else add(family, character);
      }
    }
    return {
      missing: [...missing],
      runs: runs.map((run) => {
        const used = slicesFor(run.text, run.family).files.flatMap((file) => run.family.filter((slice) => slice.file === file));
        for (const slice of used) fonts.set(slice.name, { name: slice.name, data: read(slice.folder, slice.file), weight, style: 'normal' });
        return { text: run.text, fontFamily: used.map((slice) => `'${slice.name}'`).join(', ') };
      }),
    };
  };
  const title = prepare(texts.title, 700);
  const siteTitle = prepare(texts.siteTitle, 400);
  const details = prepare(texts.details, 400);
  return { title, siteTitle, details, fonts: [...fonts.values()] };
}
