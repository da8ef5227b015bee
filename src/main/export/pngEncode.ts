/**
 * PNG bytes from a drawing's pixels, deflated on libuv's thread pool. resvg's own encoder runs
 * on the calling thread at its highest compression, which for a report's figures took longer
 * than drawing them; here the rows are deflated at a moderate level, off the main thread, and
 * the file comes out smaller too (a drawing's flat colours suit unfiltered rows).
 */
import * as zlib from 'node:zlib';

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

/** The alpha byte of an RGBA pixel read as one 32-bit word on this machine (the last byte in memory). */
const ALPHA = new Uint32Array(new Uint8Array([0, 0, 0, 255]).buffer)[0]!;

/**
 * Whether every pixel is opaque: read four bytes at a time, as the alpha is each pixel's last
 * byte. (`&` gives a signed 32-bit number, hence the `>>> 0` before comparing with ALPHA.)
 */
export function opaque(pixels: Buffer): boolean {
  if (pixels.byteOffset % 4 !== 0) {
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 255) return false;
    return true;
  }
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length >>> 2);
  for (let i = 0; i < words.length; i++) if ((words[i]! & ALPHA) >>> 0 !== ALPHA) return false;
  return true;
}

/** Rows per piece handed to the deflater: about a megabyte, so no second copy of the picture is held. */
function rowsPerPiece(stride: number): number {
  return Math.max(1, Math.floor((1 << 20) / (stride + 1)));
}

/**
 * Rows `from`..`to` with PNG's filter byte (0: none) in front, and straight (not premultiplied)
 * alpha where a pixel is not opaque.
 */
function piece({ width, pixels }: Pixels, from: number, to: number, isOpaque: boolean): Buffer {
  const stride = width * 4;
  const rows = Buffer.allocUnsafe((stride + 1) * (to - from));
  for (let y = from; y < to; y++) {
    const o = (y - from) * (stride + 1);
    rows[o] = 0;
    pixels.copy(rows, o + 1, y * stride, (y + 1) * stride);
    if (isOpaque) continue;
    for (let i = o + 4; i <= o + stride; i += 4) {
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

export interface EncodeOptions {
  /** The caller knows every pixel is opaque (drawn on an opaque background): skip the check. */
  opaque?: boolean;
}

/**
 * A PNG (8-bit RGBA) of the pixels, deflated on the thread pool a megabyte of rows at a time, so
 * the encoder holds the picture once (the pixels) and not twice.
 */
export async function encodePng(img: Pixels, opts: EncodeOptions = {}): Promise<Buffer> {
  const pixels = { width: img.width, height: img.height, pixels: img.pixels };
  const isOpaque = opts.opaque ?? opaque(pixels.pixels);
  const deflater = zlib.createDeflate({ level: LEVEL });
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  const step = rowsPerPiece(pixels.width * 4);
  for (let y = 0; y < pixels.height; y += step) {
    if (!deflater.write(piece(pixels, y, Math.min(pixels.height, y + step), isOpaque))) await new Promise((r) => deflater.once('drain', r));
  }
  deflater.end();
  await done;
  return png(img, Buffer.concat(out));
}

/** The same PNG, on the calling thread (for small images and synchronous callers). */
export function encodePngSync(img: Pixels, opts: EncodeOptions = {}): Buffer {
  const pixels = { width: img.width, height: img.height, pixels: img.pixels };
  const isOpaque = opts.opaque ?? opaque(pixels.pixels);
  return png(img, zlib.deflateSync(piece(pixels, 0, pixels.height, isOpaque), { level: LEVEL }));
}
