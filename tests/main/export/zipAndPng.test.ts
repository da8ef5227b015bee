import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng, encodePngSync, opaque } from '../../../src/main/export/pngEncode.ts';
import { zipParts } from '../../../src/main/export/zipParts.ts';

/** The IDAT rows of a PNG this encoder wrote, inflated. */
function rowsOf(png: Buffer): Buffer {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  let o = 8;
  const idat: Buffer[] = [];
  while (o < png.length) {
    const len = png.readUInt32BE(o);
    if (png.toString('latin1', o + 4, o + 8) === 'IDAT') idat.push(png.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  return inflateSync(Buffer.concat(idat));
}

describe('zipParts', () => {
  it('writes an archive other tools read back, with images stored and text deflated', async () => {
    const xml = '<w:document>' + 'tekst '.repeat(5000) + 'é€</w:document>';
    const image = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    const zip = await zipParts([
      ['word/document.xml', xml],
      ['word/media/a.png', image],
    ]);
    expect(zip.length).toBeLessThan(xml.length / 4 + image.length + 500);
    const back = await JSZip.loadAsync(zip);
    expect(await back.file('word/document.xml')!.async('string')).toBe(xml);
    expect(Buffer.from(await back.file('word/media/a.png')!.async('uint8array')).equals(image)).toBe(true);
  });
});

describe('encodePng', () => {
  it('keeps every pixel, and gives transparent parts straight alpha as PNG wants', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="10" height="10" fill="#3366cc"/><rect x="10" width="10" height="10" fill="#ff0000" fill-opacity="0.5"/></svg>';
    const drawing = new Resvg(svg).render();
    const png = await encodePng(drawing);
    expect(encodePngSync(drawing).equals(png)).toBe(true);
    const rows = rowsOf(png);
    const px = (x: number, y: number) => [...rows.subarray(y * 81 + 1 + x * 4, y * 81 + 5 + x * 4)];
    expect(px(2, 2)).toEqual([0x33, 0x66, 0xcc, 255]);
    // Half-transparent red stays full red with alpha 128 (premultiplied it would be 128, 0, 0).
    const [r, g, b, a] = px(15, 5);
    expect(r).toBeGreaterThan(250);
    expect([g, b]).toEqual([0, 0]);
    expect(Math.abs(a! - 128)).toBeLessThanOrEqual(1);
    // resvg's own encoder reads the same picture back: its decoder accepts the file.
    expect(new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="10"><image width="20" height="10" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`).render().pixels.subarray(0, 4)[3]).toBe(255);
  });
});

describe('opaque', () => {
  it('tells an opaque picture from one with a single transparent pixel, at any byte offset', () => {
    const solid = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#3366cc"/></svg>').render().pixels;
    expect(opaque(solid)).toBe(true);
    const holed = Buffer.from(solid);
    holed[holed.length - 1] = 254;
    expect(opaque(holed)).toBe(false);
    // Not on a four-byte boundary: read byte by byte.
    const shifted = Buffer.alloc(solid.length + 1).subarray(1);
    solid.copy(shifted);
    expect(opaque(shifted)).toBe(true);
    shifted[3] = 0;
    expect(opaque(shifted)).toBe(false);
  });

  it('gives the same file whether the caller vouches for opacity or the encoder checks', async () => {
    const drawing = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="900"><rect width="100%" height="100%" fill="#ffffff"/><circle cx="150" cy="450" r="140" fill="#cc3333"/></svg>').render();
    // Large enough for several pieces of rows.
    expect(drawing.width * 4 * drawing.height).toBeGreaterThan(1 << 20);
    const checked = await encodePng(drawing);
    expect((await encodePng(drawing, { opaque: true })).equals(checked)).toBe(true);
    expect(encodePngSync(drawing).equals(checked)).toBe(true);
    const rows = rowsOf(checked);
    expect(rows.length).toBe((300 * 4 + 1) * 900);
    expect([...rows.subarray(450 * 1201 + 1 + 150 * 4, 450 * 1201 + 5 + 150 * 4)]).toEqual([0xcc, 0x33, 0x33, 255]);
  });
});
