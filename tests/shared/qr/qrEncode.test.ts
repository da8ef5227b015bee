/**
 * The QR encoder: read back by a small reader that follows the standard from the other side
 * (format bits, unmasking, de-interleaving, Reed–Solomon syndromes, the byte segment), and by
 * zbar, an independent decoder, on a rendered PNG.
 */
import { Resvg } from '@resvg/resvg-js';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockLayout, dataModuleOrder, encodeQr, formatBits, functionPatterns, qrPath, rawDataModules, type QrCode, type QrLevel } from '../../../src/shared/qr/qrEncode.ts';
import { applyMask } from '../../../src/shared/qr/qrMask.ts';
import { gfMultiply } from '../../../src/shared/qr/reedSolomon.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';

const tempDir = useTempDirs();

function readFormat(code: QrCode): { level: QrLevel; mask: number } {
  let bits = 0;
  for (let i = 0; i < 8; i++) bits |= (code.modules[8]![code.size - 1 - i] ? 1 : 0) << i;
  for (let i = 8; i < 15; i++) bits |= (code.modules[code.size - 15 + i]![8] ? 1 : 0) << i;
  for (const level of ['L', 'M'] as const) for (let mask = 0; mask < 8; mask++) if (formatBits(level, mask) === bits) return { level, mask };
  throw new Error(`unknown format bits ${bits.toString(2)}`);
}

/** Evaluates a codeword polynomial at α^i; all zero for i < eccLen when the block is intact. */
function syndromes(block: readonly number[], eccLen: number): number[] {
  const out: number[] = [];
  let alpha = 1;
  for (let i = 0; i < eccLen; i++) {
    let s = 0;
    for (const c of block) s = gfMultiply(s, alpha) ^ c;
    out.push(s);
    alpha = gfMultiply(alpha, 2);
  }
  return out;
}

function readBack(code: QrCode): string {
  const { level, mask } = readFormat(code);
  expect(level).toBe(code.level);
  const { reserved } = functionPatterns(code.version);
  const plain = applyMask(code.modules, reserved, mask);
  const order = dataModuleOrder(reserved);
  const raw = Math.floor(rawDataModules(code.version) / 8);
  const words: number[] = [];
  for (let i = 0; i < raw; i++) {
    let w = 0;
    for (let b = 0; b < 8; b++) {
      const [x, y] = order[i * 8 + b]!;
      w = (w << 1) | (plain[y]![x] ? 1 : 0);
    }
    words.push(w);
  }
  const { eccLen, numBlocks } = blockLayout(code.version, level);
  const numShort = numBlocks - (raw % numBlocks);
  const shortData = Math.floor(raw / numBlocks) - eccLen;
  const blocks: number[][] = Array.from({ length: numBlocks }, () => []);
  let k = 0;
  for (let i = 0; i < shortData + 1; i++) for (let j = 0; j < numBlocks; j++) if (i < shortData || j >= numShort) blocks[j]!.push(words[k++]!);
  for (let i = 0; i < eccLen; i++) for (let j = 0; j < numBlocks; j++) blocks[j]!.push(words[k++]!);
  for (const block of blocks) expect(syndromes(block, eccLen)).toEqual(new Array(eccLen).fill(0));
  const data = blocks.flatMap((b) => b.slice(0, b.length - eccLen));
  const bits = data.flatMap((w) => [7, 6, 5, 4, 3, 2, 1, 0].map((i) => (w >>> i) & 1));
  const take = (at: number, len: number) => bits.slice(at, at + len).reduce((a, b) => (a << 1) | b, 0);
  expect(take(0, 4)).toBe(0b0100);
  const countBits = code.version < 10 ? 8 : 16;
  const len = take(4, countBits);
  const bytes = Array.from({ length: len }, (_, i) => take(4 + countBits + i * 8, 8));
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('encodeQr', () => {
  it('picks the smallest version that holds the text', () => {
    expect(encodeQr('HELLO').version).toBe(1);
    expect(encodeQr('http://192.168.178.23:49152/#c=K7MQ4X').version).toBe(3);
    expect(encodeQr('x'.repeat(200)).version).toBe(10);
    expect(() => encodeQr('x'.repeat(3000))).toThrow(RangeError);
  });

  it.each([
    ['a short text', 'HELLO'],
    ['a join address', 'http://192.168.178.23:49152/#c=K7MQ4X'],
    ['an IPv6 join address', 'http://[fe80::1c2b:3aff:fe4d:5e6f]:51234/#c=ABCDEF'],
    ['Dutch text in UTF-8', 'Werksessie Beïnvloedbaarheid – één'],
    ['a version with version information', 'https://example.invalid/'.repeat(8)],
    ['characters outside the basic plane', '🦋 Vlinder'],
  ])('reads back %s with intact error correction', (_name, text) => {
    for (const level of ['L', 'M'] as const) {
      const code = encodeQr(text, level);
      expect(code.size).toBe(code.version * 4 + 17);
      expect(readBack(code)).toBe(text);
    }
  });

  it('has the three finder patterns and the timing lines', () => {
    const { modules, size } = encodeQr('http://127.0.0.1:5000/#c=AAAAAA');
    const finderRow = [true, true, true, true, true, true, true];
    for (const [x, y] of [[0, 0], [size - 7, 0], [0, size - 7]] as const) {
      expect(modules[y]!.slice(x, x + 7)).toEqual(finderRow);
      expect(modules[y + 1]!.slice(x, x + 7)).toEqual([true, false, false, false, false, false, true]);
      expect(modules[y + 3]!.slice(x, x + 7)).toEqual([true, false, true, true, true, false, true]);
    }
    for (let i = 8; i < size - 8; i++) expect(modules[6]![i]).toBe(i % 2 === 0);
  });

  const zbar = spawnSync('zbarimg', ['--version']).status === 0;
  it.skipIf(!zbar && !process.env['CI'])('is read by an independent decoder (zbar) from a rendered image', () => {
    for (const text of ['http://192.168.178.23:49152/#c=K7MQ4X', 'http://[fe80::1]:40000/#c=QWERTY']) {
      const { path, viewBox } = qrPath(encodeQr(text));
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${viewBox} ${viewBox}" width="${viewBox * 8}" height="${viewBox * 8}"><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
      const file = join(tempDir(), 'qr.png');
      writeFileSync(file, new Resvg(svg).render().asPng());
      expect(execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()).toBe(text);
    }
  });
});
