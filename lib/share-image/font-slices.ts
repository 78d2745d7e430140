/*
 * CJK fonts are big (Noto Sans SC: 4.7 MB in one weight), so the font
 * package (@fontsource/noto-sans-sc) ships each weight in about a hundred
 * slices, each declaring the characters it holds with a CSS unicode-range.
 * A share image needs only the slices that hold its text's characters.
 */

export interface FontSlice {
  /** File name of the slice's WOFF (the image renderer reads WOFF, not WOFF2). */
  file: string;
  /** Code point ranges, inclusive. */
  ranges: Array<[number, number]>;
}

function parseRange(part: string): [number, number] | undefined {
  const match = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(part.trim());
  if (!match?.[1]) return undefined;
  if (match[1].includes('?')) return [Number.parseInt(match[1].replace(/\?/g, '0'), 16), Number.parseInt(match[1].replace(/\?/g, 'f'), 16)];
  const start = Number.parseInt(match[1], 16);
  return [start, match[2] !== undefined ? Number.parseInt(match[2], 16) : start];
}

/** The slices a fontsource stylesheet (such as 700.css) declares. */
export function parseFontSlices(css: string): FontSlice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((match) => {
    const block = match[1] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.split(',').map(parseRange);
    if (file === undefined || ranges === undefined) return [];
    return [{ file, ranges: ranges.filter((range): range is [number, number] => range !== undefined) }];
  });
}

/** The slices that hold `text`'s characters (the first that holds each), and the characters none holds. */
export function slicesFor(text: string, slices: readonly FontSlice[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing = new Set<string>();
  for (const character of new Set(text)) {
    const codePoint = character.codePointAt(0);
    if (codePoint === undefined || /\s/.test(character)) continue;
    const slice = slices.find((candidate) => candidate.ranges.some(([start, end]) => codePoint >= start && codePoint <= end));
    if (slice) files.add(slice.file);
    else missing.add(character);
  }
  return { files: [...files], missing: [...missing] };
}
