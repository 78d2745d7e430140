import { decode, encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { blendPalette, toIndexedPng } from './indexed-png';

describe('blendPalette', () => {
  it('holds the background, then each ink from faint to full', () => {
    expect(blendPalette([255, 255, 255], [[0, 0, 0], [0, 0, 255]], 2)).toEqual([
      [255, 255, 255],
      [128, 128, 128],
      [0, 0, 0],
      [128, 128, 255],
      [0, 0, 255],
    ]);
  });
});

describe('toIndexedPng', () => {
  it('keeps the picture (each pixel its nearest palette colour) in an indexed PNG', () => {
    const rgba = new Uint8Array([255, 255, 255, 255, 10, 10, 10, 255, 120, 130, 140, 255, 0, 0, 250, 255]);
    const indexed = decode(toIndexedPng(encode({ width: 2, height: 2, data: rgba, channels: 4 }), blendPalette([255, 255, 255], [[0, 0, 0], [0, 0, 255]], 2)));
    expect({ channels: indexed.channels, palette: indexed.palette, pixels: [...indexed.data] }).toEqual({
      channels: 1,
      palette: [[255, 255, 255], [128, 128, 128], [0, 0, 0], [128, 128, 255], [0, 0, 255]],
      pixels: [0, 2, 1, 4],
    });
  });
});
