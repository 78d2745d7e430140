import { crc32, deflateSync, inflateSync } from 'node:zlib';

/*
 * The two PNG shapes a share image passes through: the renderer's 8-bit
 * RGB(A) picture in, an 8-bit indexed picture out. Node's own zlib does the
 * compression: a pure-JavaScript inflate and deflate (fast-png's pako) took
 * 30 ms of a share image's 55, a thousand times in a build, and filled the
 * page-rendering worker's heap with short-lived buffers.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_RGB = 2;
const COLOR_TYPE_INDEXED = 3;
const COLOR_TYPE_RGBA = 6;

export interface RgbPicture {
  width: number;
  height: number;
  /** 3 (RGB) or 4 (RGBA). */
  channels: 3 | 4;
  /** Row after row, `channels` bytes a pixel. */
  data: Uint8Array;
}

export class PngError extends Error {
  constructor(problem: string) {
    super(`PNG: ${problem}`);
    this.name = 'PngError';
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Undoes each row's filter (PNG spec, section 9) into `out`. */
function unfilter(filtered: Uint8Array, out: Uint8Array, height: number, stride: number, bytesPerPixel: number): void {
  for (let row = 0; row < height; row += 1) {
    const from = row * (stride + 1) + 1;
    const filter = filtered[from - 1];
    const line = row * stride;
    if (filter === 0) {
      out.set(filtered.subarray(from, from + stride), line);
      continue;
    }
    if (filter === undefined || filter > 4) throw new PngError(`row ${row} has filter type ${String(filter)}, not 0 to 4`);
    const previous = line - stride;
    for (let byte = 0; byte < stride; byte += 1) {
      const left = byte >= bytesPerPixel ? (out[line + byte - bytesPerPixel] ?? 0) : 0;
      const up = row > 0 ? (out[previous + byte] ?? 0) : 0;
      const upLeft = row > 0 && byte >= bytesPerPixel ? (out[previous + byte - bytesPerPixel] ?? 0) : 0;
      const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : paeth(left, up, upLeft);
      out[line + byte] = ((filtered[from + byte] ?? 0) + predicted) & 0xff;
    }
  }
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what the share-image renderer writes); throws PngError on anything else. */
export function decodeRgbPng(png: Uint8Array): RgbPicture {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < SIGNATURE.length || !bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new PngError('no PNG signature');
  let header: { width: number; height: number; channels: 3 | 4 } | undefined;
  const data: Buffer[] = [];
  for (let at = SIGNATURE.length; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (body.length !== length) throw new PngError(`chunk ${type} is cut short`);
    if (type === 'IHDR') {
      const [depth, colorType, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colorType !== COLOR_TYPE_RGB && colorType !== COLOR_TYPE_RGBA) || interlace !== 0) {
        throw new PngError(`expected an 8-bit, non-interlaced RGB(A) picture, got depth ${String(depth)}, colour type ${String(colorType)}, interlace ${String(interlace)}`);
      }
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), channels: colorType === COLOR_TYPE_RGBA ? 4 : 3 };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header) throw new PngError('no IHDR chunk');
  const { width, height, channels } = header;
  const stride = width * channels;
  const filtered = inflateSync(Buffer.concat(data));
  if (filtered.length < height * (stride + 1)) throw new PngError(`image data holds ${filtered.length} bytes, ${height * (stride + 1)} expected`);
  const pixels = new Uint8Array(height * stride);
  unfilter(filtered, pixels, height, stride, channels);
  return { width, height, channels, data: pixels };
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, body, tail]);
}

/** Encodes one palette index a pixel (row after row) as an 8-bit indexed PNG. */
export function encodeIndexedPng(width: number, height: number, indices: Uint8Array, palette: ReadonlyArray<readonly [number, number, number]>): Uint8Array {
  if (palette.length === 0 || palette.length > 256) throw new PngError(`a palette holds 1 to 256 colours, not ${palette.length}`);
  if (indices.length !== width * height) throw new PngError(`${indices.length} pixels given for a ${width}×${height} picture`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, COLOR_TYPE_INDEXED, 0, 0, 0], 8);
  // Filter type 0 on every row: a few flat colours compress well as they are.
  const rows = Buffer.alloc(height * (width + 1));
  for (let row = 0; row < height; row += 1) rows.set(indices.subarray(row * width, (row + 1) * width), row * (width + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap((color) => [...color]))),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
