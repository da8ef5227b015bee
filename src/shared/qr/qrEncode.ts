/**
 * A small QR code encoder (ISO/IEC 18004): byte mode, error correction level M (or L), the
 * smallest version that fits, the mask with the lowest penalty. Enough for the join address of
 * a scoring session; written here because the app must not fetch anything and no QR package is
 * installed. Follows the structure of Project Nayuki's reference implementation (MIT).
 */
import { reedSolomonDivisor, reedSolomonRemainder } from './reedSolomon.ts';
import { applyMask, penalty } from './qrMask.ts';

export type QrLevel = 'L' | 'M';

/** A QR code: `size`×`size` modules, `modules[y][x]` true for dark. */
export interface QrCode {
  version: number;
  size: number;
  level: QrLevel;
  mask: number;
  modules: boolean[][];
}

// Index by version (1..40); from the standard's table 9.
const ECC_PER_BLOCK: Record<QrLevel, number[]> = {
  L: [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  M: [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
};
const BLOCKS: Record<QrLevel, number[]> = {
  L: [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  M: [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
};
const FORMAT_LEVEL_BITS: Record<QrLevel, number> = { L: 1, M: 0 };

const bit = (x: number, i: number): boolean => ((x >>> i) & 1) !== 0;

/** Modules available for data and error correction in a version (all but the function patterns). */
export function rawDataModules(ver: number): number {
  let result = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const numAlign = Math.floor(ver / 7) + 2;
    result -= (25 * numAlign - 10) * numAlign - 55;
    if (ver >= 7) result -= 36;
  }
  return result;
}

export function dataCodewords(ver: number, level: QrLevel): number {
  return Math.floor(rawDataModules(ver) / 8) - ECC_PER_BLOCK[level][ver]! * BLOCKS[level][ver]!;
}

/** Error correction codewords per block and the number of blocks of a version. */
export function blockLayout(ver: number, level: QrLevel): { eccLen: number; numBlocks: number } {
  return { eccLen: ECC_PER_BLOCK[level][ver]!, numBlocks: BLOCKS[level][ver]! };
}

export function alignmentPositions(ver: number): number[] {
  if (ver === 1) return [];
  const numAlign = Math.floor(ver / 7) + 2;
  const step = Math.floor((ver * 8 + numAlign * 3 + 5) / (numAlign * 4 - 4)) * 2;
  const out = [6];
  for (let pos = ver * 4 + 17 - 7; out.length < numAlign; pos -= step) out.splice(1, 0, pos);
  return out;
}

/** The 15 format bits (level and mask, BCH-protected, masked) as drawn beside the finders. */
export function formatBits(level: QrLevel, mask: number): number {
  const data = (FORMAT_LEVEL_BITS[level] << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The segment bits: byte mode, count, data, terminator and padding to `capacity` codewords. */
function dataBytes(bytes: Uint8Array, ver: number, capacity: number): number[] {
  const bits: number[] = [];
  const put = (value: number, len: number) => {
    for (let i = len - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, ver < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, capacity * 8 - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; out.length < capacity; pad ^= 0xec ^ 0x11) out.push(pad);
  return out;
}

/** Splits data into blocks, adds error correction to each and interleaves them. */
export function interleave(data: readonly number[], ver: number, level: QrLevel): number[] {
  const { eccLen, numBlocks } = blockLayout(ver, level);
  const raw = Math.floor(rawDataModules(ver) / 8);
  const numShort = numBlocks - (raw % numBlocks);
  const shortLen = Math.floor(raw / numBlocks);
  const divisor = reedSolomonDivisor(eccLen);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const dat = data.slice(k, k + shortLen - eccLen + (i < numShort ? 0 : 1));
    k += dat.length;
    const ecc = reedSolomonRemainder(dat, divisor);
    if (i < numShort) dat.push(0);
    blocks.push([...dat, ...ecc]);
  }
  const out: number[] = [];
  for (let i = 0; i < blocks[0]!.length; i++) {
    blocks.forEach((block, j) => {
      if (i !== shortLen - eccLen || j >= numShort) out.push(block[i]!);
    });
  }
  return out;
}

type Grid = boolean[][];

function setter(modules: Grid, reserved: Grid) {
  return (x: number, y: number, dark: boolean) => {
    modules[y]![x] = dark;
    reserved[y]![x] = true;
  };
}

/** The empty grid with every function pattern drawn, and which modules they take. */
export function functionPatterns(ver: number): { modules: Grid; reserved: Grid } {
  const size = ver * 4 + 17;
  const modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const set = setter(modules, reserved);
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, d !== 2 && d !== 4);
      }
    }
  }
  const align = alignmentPositions(ver);
  const last = align.length - 1;
  align.forEach((ax, i) =>
    align.forEach((ay, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  drawFormat(modules, reserved, 0);
  if (ver >= 7) {
    let rem = ver;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (ver << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, bit(bits, i));
      set(b, a, bit(bits, i));
    }
  }
  return { modules, reserved };
}

/** Draws the two copies of the format bits (and the dark module). */
export function drawFormat(modules: Grid, reserved: Grid, bits: number): void {
  const size = modules.length;
  const set = setter(modules, reserved);
  for (let i = 0; i <= 5; i++) set(8, i, bit(bits, i));
  set(8, 7, bit(bits, 6));
  set(8, 8, bit(bits, 7));
  set(7, 8, bit(bits, 8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, bit(bits, i));
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(bits, i));
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(bits, i));
  set(8, size - 8, true);
}

/** The order in which data modules are filled: two-column zigzag from the bottom right. */
export function dataModuleOrder(reserved: readonly boolean[][]): [number, number][] {
  const size = reserved.length;
  const out: [number, number][] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        if (!reserved[y]![x]) out.push([x, y]);
      }
    }
  }
  return out;
}

/** UTF-8 bytes of a string (src/shared has no TextEncoder in its type environment). */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Encodes `text` (UTF-8) as a QR code. Throws when it does not fit in version 40. */
export function encodeQr(text: string, level: QrLevel = 'M'): QrCode {
  const bytes = utf8(text);
  let ver = 1;
  for (; ver <= 40; ver++) {
    if (4 + (ver < 10 ? 8 : 16) + bytes.length * 8 <= dataCodewords(ver, level) * 8) break;
  }
  if (ver > 40) throw new RangeError('text too long for a QR code');
  const codewords = interleave(dataBytes(bytes, ver, dataCodewords(ver, level)), ver, level);
  const { modules, reserved } = functionPatterns(ver);
  dataModuleOrder(reserved).forEach(([x, y], i) => {
    modules[y]![x] = i < codewords.length * 8 && bit(codewords[i >>> 3]!, 7 - (i & 7));
  });
  let best = { mask: 0, score: Infinity, grid: modules };
  for (let mask = 0; mask < 8; mask++) {
    const grid = applyMask(modules, reserved, mask);
    drawFormat(grid, reserved, formatBits(level, mask));
    const score = penalty(grid);
    if (score < best.score) best = { mask, score, grid };
  }
  return { version: ver, size: modules.length, level, mask: best.mask, modules: best.grid };
}

/** The code as an SVG path (one `M x y h1v1h-1z` square per dark module), with a 4-module quiet zone. */
export function qrPath(code: QrCode): { path: string; viewBox: number } {
  const parts: string[] = [];
  code.modules.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x + 4} ${y + 4}h1v1h-1z`)));
  return { path: parts.join(''), viewBox: code.size + 8 };
}
