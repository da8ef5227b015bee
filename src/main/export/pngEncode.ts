/**
 * PNG bytes from a drawing's pixels, deflated on libuv's thread pool. resvg's own encoder runs
 * on the calling thread at its highest compression, which for a report's figures took longer
 * than drawing them; here the rows are deflated at a moderate level, off the main thread, and
 * the file comes out smaller too (a drawing's flat colours suit unfiltered rows).
 */
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

const deflate = promisify(zlib.deflate);

/** What resvg's rendered image gives: premultiplied RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

/** Whether every pixel is opaque: read four bytes at a time, as the alpha is each pixel's last byte. */
function opaque(pixels: Buffer): boolean {
  if (pixels.byteOffset % 4 !== 0) return false;
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length >>> 2);
  const alpha = new Uint32Array(new Uint8Array([0, 0, 0, 255]).buffer)[0]!;
  for (let i = 0; i < words.length; i++) if ((words[i]! & alpha) !== alpha) return false;
  return true;
}

/**
 * The rows with PNG's filter byte (0: none) in front, and straight (not premultiplied) alpha:
 * a drawing on its own background is opaque, so the division only runs where it is not.
 */
function filteredRows({ width, height, pixels }: Pixels): Buffer {
  const stride = width * 4;
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    rows[o] = 0;
    pixels.copy(rows, o + 1, y * stride, (y + 1) * stride);
  }
  if (opaque(pixels)) return rows;
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1) + 1;
    for (let i = o + 3; i < o + stride; i += 4) {
      const a = rows[i]!;
      if (a === 255) continue;
      if (a === 0) {
        rows[i - 3] = rows[i - 2] = rows[i - 1] = 0;
        continue;
      }
      for (let c = i - 3; c < i; c++) rows[c] = Math.min(255, Math.round((rows[c]! * 255) / a));
    }
  }
  return rows;
}

const LEVEL = 3;

function png(img: Pixels, idat: Uint8Array): Buffer {
  const head = Buffer.alloc(13);
  head.writeUInt32BE(img.width, 0);
  head.writeUInt32BE(img.height, 4);
  head[8] = 8; // bit depth
  head[9] = 6; // RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', head), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

/** A PNG (8-bit RGBA) of the pixels, deflated on the thread pool. */
export async function encodePng(img: Pixels): Promise<Buffer> {
  return png(img, await deflate(filteredRows(img), { level: LEVEL }));
}

/** The same PNG, on the calling thread (for small images and synchronous callers). */
export function encodePngSync(img: Pixels): Buffer {
  return png(img, zlib.deflateSync(filteredRows(img), { level: LEVEL }));
}
