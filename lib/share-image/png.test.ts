import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { decodeRgbPng, encodeIndexedPng } from './png';

// fast-png (pure JavaScript) is the reference these are checked against.

/** A PNG put together by hand: a header, then each row's filter type and bytes as given. */
function handMadePng(options: { width: number; height: number; depth?: number; colorType?: number; rows: number[][] }): Uint8Array {
  const chunk = (type: string, body: Buffer) => {
    const typeBytes = Buffer.from(type, 'latin1');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body, crc32(typeBytes)));
    return Buffer.concat([length, typeBytes, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(options.width, 0);
  header.writeUInt32BE(options.height, 4);
  header.set([options.depth ?? 8, options.colorType ?? 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(options.rows.flat()))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Two rows of two RGB pixels: (10,20,30) (40,50,60) / (70,80,90) (100,110,120), under each filter type (PNG spec, section 9).
const PIXELS = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];

describe('decodeRgbPng', () => {
  it.each([
    ['None', [[0, 10, 20, 30, 40, 50, 60], [0, 70, 80, 90, 100, 110, 120]]],
    ['Sub', [[1, 10, 20, 30, 30, 30, 30], [1, 70, 80, 90, 30, 30, 30]]],
    ['Up', [[2, 10, 20, 30, 40, 50, 60], [2, 60, 60, 60, 60, 60, 60]]],
    ['Average', [[3, 10, 20, 30, 35, 40, 45], [3, 65, 70, 75, 45, 45, 45]]],
    ['Paeth', [[4, 10, 20, 30, 30, 30, 30], [4, 60, 60, 60, 30, 30, 30]]],
    ['a different filter on each row', [[1, 10, 20, 30, 30, 30, 30], [4, 60, 60, 60, 30, 30, 30]]],
  ])('undoes the %s filter', (_name, rows) => {
    expect(decodeRgbPng(handMadePng({ width: 2, height: 2, rows }))).toEqual({ width: 2, height: 2, channels: 3, data: new Uint8Array(PIXELS) });
  });

  it('wraps a sum past 255 round, as filters do', () => {
    expect([...decodeRgbPng(handMadePng({ width: 2, height: 1, rows: [[1, 250, 250, 250, 10, 10, 10]] })).data]).toEqual([250, 250, 250, 4, 4, 4]);
  });

  it('reads a share image as the renderer drew it, as fast-png does', () => {
    const drawn = new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', 'share-image.png')));
    const reference = decode(drawn);
    const decoded = decodeRgbPng(drawn);
    expect({ width: decoded.width, height: decoded.height, channels: decoded.channels }).toEqual({ width: 1200, height: 630, channels: 4 });
    expect({ width: reference.width, height: reference.height, channels: reference.channels }).toEqual({ width: 1200, height: 630, channels: 4 });
    const digest = (bytes: ArrayBufferView) => createHash('sha256').update(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).digest('hex');
    expect(digest(decoded.data)).toEqual(digest(reference.data));
  });

  it.each([
    ['no PNG at all', new TextEncoder().encode('GIF89a, not a PNG'), 'PNG: no PNG signature'],
    ['16 bits a channel', handMadePng({ width: 1, height: 1, depth: 16, rows: [[0, 0, 0, 0, 0, 0, 0]] }), 'PNG: expected an 8-bit, non-interlaced RGB(A) picture, got depth 16, colour type 2, interlace 0'],
    ['an indexed picture', handMadePng({ width: 1, height: 1, colorType: 3, rows: [[0, 0]] }), 'PNG: expected an 8-bit, non-interlaced RGB(A) picture, got depth 8, colour type 3, interlace 0'],
    ['an unknown filter type', handMadePng({ width: 1, height: 1, rows: [[7, 1, 2, 3]] }), 'PNG: row 0 has filter type 7, not 0 to 4'],
    ['too little image data', handMadePng({ width: 2, height: 2, rows: [[0, 1, 2, 3, 4, 5, 6]] }), 'PNG: image data holds 7 bytes, 14 expected'],
  ])('refuses %s', (_name, png, message) => {
    expect(() => decodeRgbPng(png)).toThrow(message);
  });
});

describe('encodeIndexedPng', () => {
  it('writes each pixel as its palette index', () => {
    const palette: Array<[number, number, number]> = [
      [255, 255, 255],
      [0, 0, 0],
      [200, 30, 30],
    ];
    const read = decode(encodeIndexedPng(3, 2, new Uint8Array([0, 1, 2, 2, 1, 0]), palette));
    expect({ width: read.width, height: read.height, channels: read.channels, depth: read.depth, palette: read.palette, pixels: [...read.data] }).toEqual({
      width: 3,
      height: 2,
      channels: 1,
      depth: 8,
      palette,
      pixels: [0, 1, 2, 2, 1, 0],
    });
  });

  it.each([
    ['an empty palette', 1, 1, new Uint8Array([0]), [], 'PNG: a palette holds 1 to 256 colours, not 0'],
    ['too many colours', 1, 1, new Uint8Array([0]), Array.from({ length: 257 }, (): [number, number, number] => [0, 0, 0]), 'PNG: a palette holds 1 to 256 colours, not 257'],
    ['too few pixels', 2, 2, new Uint8Array([0, 0, 0]), [[0, 0, 0]], 'PNG: 3 pixels given for a 2×2 picture'],
  ] satisfies Array<[string, number, number, Uint8Array, Array<[number, number, number]>, string]>)('refuses %s', (_name, width, height, indices, palette, message) => {
    expect(() => encodeIndexedPng(width, height, indices, palette)).toThrow(message);
  });
});
