import { decodeRgbPng, encodeIndexedPng } from './png';

export type Rgb = readonly [number, number, number];

/*
 * A share image is a few colours of text on one background; the renderer
 * writes it as a full-colour PNG (about 30 KB). Every pixel is, give or take
 * anti-aliasing, the background blended with one ink: a palette of each ink
 * at a few levels of coverage draws it the same in a fraction of the bytes
 * (a thousand posts' images are then a few MB, not 30).
 */

/** The palette: the background, then each ink at `levels` coverages from faint to full. */
export function blendPalette(background: Rgb, inks: readonly Rgb[], levels: number): Rgb[] {
  const palette: Rgb[] = [background];
  for (const ink of inks) {
    const mix = (channel: 0 | 1 | 2, coverage: number) => Math.round(background[channel] + (ink[channel] - background[channel]) * coverage);
    for (let level = 1; level <= levels; level += 1) palette.push([mix(0, level / levels), mix(1, level / levels), mix(2, level / levels)]);
  }
  return palette;
}

function nearest(palette: readonly Rgb[], red: number, green: number, blue: number): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [index, [r, g, b]] of palette.entries()) {
    const distance = (r - red) ** 2 + (g - green) ** 2 + (b - blue) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  }
  return best;
}

/** The same image as an 8-bit indexed PNG in the given palette (each pixel its nearest colour; alpha ignored: the image is opaque). */
export function toIndexedPng(png: Uint8Array, palette: readonly Rgb[]): Uint8Array {
  const { width, height, channels, data } = decodeRgbPng(png);
  const indices = new Uint8Array(width * height);
  // Anti-aliasing makes a few thousand distinct colours at most: each is matched once.
  const known = new Map<number, number>();
  // Most pixels are the background, in long runs: a run costs no lookup.
  let lastKey = -1;
  let lastIndex = 0;
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    const at = pixel * channels;
    const red = data[at] ?? 0;
    const green = data[at + 1] ?? 0;
    const blue = data[at + 2] ?? 0;
    const key = (red << 16) | (green << 8) | blue;
    if (key !== lastKey) {
      let index = known.get(key);
      if (index === undefined) {
        index = nearest(palette, red, green, blue);
        known.set(key, index);
      }
      lastKey = key;
      lastIndex = index;
    }
    indices[pixel] = lastIndex;
  }
  return encodeIndexedPng(width, height, indices, palette);
}
