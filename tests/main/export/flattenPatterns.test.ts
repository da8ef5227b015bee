import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { flattenPatterns } from '../../../src/main/export/print/flattenPatterns.ts';
import { renderBowtieSvg } from '../../../src/shared/diagram/bowtieSvg.ts';
import { renderMatrixSvg } from '../../../src/shared/diagram/matrixSvg.ts';
import { sampleBowtie } from '../../shared/diagram/sample.ts';
import { sampleMatrix } from '../../shared/diagram/sampleMatrix.ts';

/** Mean difference per colour channel (0–255) between two drawings, and how many channels differ visibly. */
function compare(a: string, b: string) {
  const opts = { fitTo: { mode: 'zoom' as const, value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } };
  const pa = new Resvg(a, opts).render().pixels;
  const pb = new Resvg(b, opts).render().pixels;
  expect(pb.length).toBe(pa.length);
  let sum = 0;
  let visible = 0;
  for (let i = 0; i < pa.length; i++) {
    const d = Math.abs(pa[i]! - pb[i]!);
    sum += d;
    if (d > 64) visible++;
  }
  return { mean: sum / pa.length, visible };
}

describe('pattern fills drawn out as shapes for the print view', () => {
  it('draws the bow-tie (stripes, dots, hazard) the same, without a single pattern fill', () => {
    const { doc, risk } = sampleBowtie();
    const svg = renderBowtieSvg(doc, risk, { legend: true });
    expect(svg).toMatch(/fill="url\(#[^)]*-(stripes|dots|hazard)\)"/);
    const flat = flattenPatterns(svg);
    expect(flat).not.toMatch(/fill="url\(#[^)]*-(stripes|dots|hazard)\)"/);
    const diff = compare(svg, flat);
    expect(diff.mean).toBeLessThan(0.1);
    expect(diff.visible).toBe(0);
  });

  it('draws the risk matrix (dots, stripes, cross, grid) the same, lines cut at their tile as the pattern does', () => {
    const svg = renderMatrixSvg(sampleMatrix());
    expect(svg).toMatch(/fill="url\(#[^)]*-band-(dots|stripes|cross|grid)\)"/);
    const flat = flattenPatterns(svg);
    expect(flat).not.toMatch(/fill="url\(#[^)]*-band-/);
    const diff = compare(svg, flat);
    expect(diff.mean).toBeLessThan(0.2);
    expect(diff.visible).toBe(0);
  });

  it('leaves alone what it cannot follow', () => {
    const odd = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><defs><pattern id="p" patternUnits="objectBoundingBox" width="0.5" height="0.5"><rect width="5" height="5"/></pattern></defs><rect width="20" height="20" fill="url(#p)"/></svg>';
    expect(flattenPatterns(odd)).toBe(odd);
    expect(flattenPatterns('<svg/>')).toBe('<svg/>');
  });
});
