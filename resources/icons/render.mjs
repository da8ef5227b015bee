#!/usr/bin/env node
// Renders the icon SVGs to the files packaging needs, with @resvg/resvg-js (no network, no
// ImageMagick): png/NxN.png for Linux, icon.ico / icon.icns for the app on Windows / macOS, and
// vlinder-file.ico / .icns for .vlinder documents. Run after editing an SVG; the output is committed.
//   node resources/icons/render.mjs
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = dirname(fileURLToPath(import.meta.url));

function png(svgFile, size) {
  const svg = readFileSync(join(here, svgFile), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

// ICO holding PNG images (valid since Windows Vista): a 6-byte header, 16 bytes per entry, data.
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((img) => img.data)]);
}

// ICNS holding PNG images: "icns" + total length, then per image a type code + length + data.
const ICNS_TYPES = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];
function icns(render) {
  const parts = ICNS_TYPES.map(([type, size]) => {
    const data = render(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

mkdirSync(join(here, 'png'), { recursive: true });
for (const size of PNG_SIZES) writeFileSync(join(here, 'png', `${size}x${size}.png`), png('vlinder.svg', size));
for (const [svg, base] of [['vlinder.svg', 'icon'], ['vlinder-file.svg', 'vlinder-file']]) {
  const cache = new Map();
  const render = (size) => cache.get(size) ?? cache.set(size, png(svg, size)).get(size);
  writeFileSync(join(here, `${base}.ico`), ico(ICO_SIZES.map((size) => ({ size, data: render(size) }))));
  writeFileSync(join(here, `${base}.icns`), icns(render));
}
writeFileSync(join(here, 'vlinder-file.png'), png('vlinder-file.svg', 512));
console.log('Iconen geschreven in resources/icons.');
