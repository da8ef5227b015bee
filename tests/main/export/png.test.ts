import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { svgToPng, svgToPngAsync } from '../../../src/main/export/png.ts';
import { renderBowtieSvg } from '../../../src/shared/diagram/bowtieSvg.ts';
import { renderMatrixSvg } from '../../../src/shared/diagram/matrixSvg.ts';
import { sampleBowtie } from '../../shared/diagram/sample.ts';
import { sampleMatrix } from '../../shared/diagram/sampleMatrix.ts';

/** Width, height and the spread of grey values of a PNG, decoded with resvg itself. */
function inspect(png: Buffer) {
  const sig = png.subarray(1, 4).toString('latin1');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(wrapper).render().pixels;
  let sum = 0;
  let sq = 0;
  const n = pixels.length / 4;
  for (let i = 0; i < pixels.length; i += 4) {
    const g = (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
    sum += g;
    sq += g * g;
  }
  const mean = sum / n;
  return { sig, width, height, variance: sq / n - mean * mean };
}

describe('svgToPng', () => {
  it('renders a bow-tie at the requested scale, not blank', () => {
    const { doc, risk } = sampleBowtie();
    const svg = renderBowtieSvg(doc, risk, { legend: true });
    const w = Number(/width="(\d+)"/.exec(svg)![1]);
    const h = Number(/height="(\d+)"/.exec(svg)![1]);
    const png = svgToPng(svg, { scale: 2 });
    const info = inspect(png);
    expect(info.sig).toBe('PNG');
    expect(info.width).toBe(w * 2);
    expect(info.height).toBe(h * 2);
    expect(info.variance).toBeGreaterThan(100);
  });

  it('renders at scale 1 at the SVG’s own size, and a blank SVG as blank', () => {
    const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="100%" height="100%" fill="#fff"/></svg>', { scale: 1 });
    const info = inspect(png);
    expect([info.width, info.height]).toEqual([40, 30]);
    expect(info.variance).toBe(0);
  });

  it('sets text in the system font (text alone is not blank)', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="28" font-size="20" font-family="'Liberation Sans', Arial, sans-serif">Vlinderdas</text></svg>`;
    expect(inspect(svgToPng(svg, { scale: 1 })).variance).toBeGreaterThan(100);
  });

  it('renders the risk matrix', () => {
    const info = inspect(svgToPng(renderMatrixSvg(sampleMatrix())));
    expect(info.width).toBeGreaterThan(1000);
    expect(info.variance).toBeGreaterThan(100);
  });

  it('renders the same image off the main thread', async () => {
    const svg = renderMatrixSvg(sampleMatrix());
    expect((await svgToPngAsync(svg, { scale: 1 })).equals(svgToPng(svg, { scale: 1 }))).toBe(true);
  });
});
