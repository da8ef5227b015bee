import { describe, expect, it } from 'vitest';
import { renderMatrixSvg } from '../../../src/shared/diagram/matrixSvg.ts';
import { builder } from '../layout/build.ts';
import { sampleMatrix } from './sampleMatrix.ts';
import { parseSvg, texts } from './xml.ts';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Pill extends Box {
  title: string;
  text: string;
  more: boolean;
}

const num = (s: string, name: string): number => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(s)![1]);
const box = (rect: string): Box => ({ x: num(rect, 'x'), y: num(rect, 'y'), w: num(rect, 'width'), h: num(rect, 'height') });

/** The grid cells in drawing order (most likely row first, impact ascending) with the pills drawn in each. */
function cells(svg: string): { box: Box; letters: string; pills: Pill[] }[] {
  const out: { box: Box; letters: string; pills: Pill[] }[] = [];
  const re = /<g class="(cell|risk|more)">(.*?)<\/g>/gs;
  for (const m of svg.matchAll(re)) {
    const [, kind, body] = m as unknown as [string, string, string];
    const rect = /<rect [^>]*>/.exec(body)![0];
    if (kind === 'cell') {
      if (!rect.includes('stroke-width="0"')) out.push({ box: box(rect), letters: /<text[^>]*>([^<]*)<\/text>/.exec(body)?.[1] ?? '', pills: [] });
      continue;
    }
    out.at(-1)!.pills.push({ ...box(rect), title: /<title>([^<]*)<\/title>/.exec(body)![1]!, text: /<text[^>]*>([^<]*)<\/text>/.exec(body)![1]!, more: kind === 'more' });
  }
  return out;
}

const inside = (a: Box, b: Box): boolean => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w + 1e-9 && a.y + a.h <= b.y + b.h + 1e-9;
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('renderMatrixSvg', () => {
  it('draws a 5 × 5 heat map with band initials, as well-formed SVG', () => {
    const svg = renderMatrixSvg(sampleMatrix());
    parseSvg(svg);
    const grid = cells(svg);
    expect(grid).toHaveLength(25);
    // top-right: likelihood 5 × impact 5 = 25, "Zeer hoog"; bottom-left: 1 × 1, "Laag"
    expect(grid[4]!.letters).toBe('ZH');
    expect(grid[20]!.letters).toBe('L');
    expect(texts(svg)).toEqual(expect.arrayContaining(['Kans', 'Impact', '5 Zeer waarschijnlijk', '1 Beperkt']));
  });

  it('puts each risk in the cell of its likelihood and impact, inside it, without overlaps', () => {
    const grid = cells(renderMatrixSvg(sampleMatrix()));
    grid.forEach((cell, i) => {
      const likelihood = 5 - Math.floor(i / 5);
      const impact = (i % 5) + 1;
      for (const p of cell.pills) {
        expect(inside(p, cell.box)).toBe(true);
        if (!p.more) expect(p.title).toContain(`Kans ${likelihood} × Impact ${impact} = ${likelihood * impact}`);
      }
      for (let a = 0; a < cell.pills.length; a++) for (let b = a + 1; b < cell.pills.length; b++) expect(overlap(cell.pills[a]!, cell.pills[b]!)).toBe(false);
    });
  });

  it('shows "+N" with the rest in its tooltip when a cell is full', () => {
    const grid = cells(renderMatrixSvg(sampleMatrix()));
    const full = grid.find((c) => c.pills.some((p) => p.more))!;
    const more = full.pills.find((p) => p.more)!;
    const shown = full.pills.filter((p) => !p.more).length;
    const hidden = Number(more.text.slice(1));
    expect(shown + hidden).toBe(10);
    expect(more.title.split('\n')).toHaveLength(hidden);
    expect(more.title).toContain('R10 Risico 10');
  });

  it('counts risks without a score under the matrix', () => {
    expect(texts(renderMatrixSvg(sampleMatrix())).join(' ')).toContain('Zonder score (niet in de matrix): 3');
    expect(texts(renderMatrixSvg(sampleMatrix(), { lang: 'en' })).join(' ')).toContain('Without a score (not in the matrix): 3');
  });

  it('can show a selection of risks, and leaves confidential risks out of the publication version', () => {
    const b = builder();
    const a = b.risk({ code: 'R01' });
    const c = b.risk({ code: 'R02', confidentiality: 'confidential' });
    for (const r of [a, c]) {
      b.score(r, 'likelihood', 3);
      b.score(r, 'impact', 3);
    }
    const codes = (svg: string) => cells(svg).flatMap((cell) => cell.pills.map((p) => p.text));
    expect(codes(renderMatrixSvg(b.doc))).toEqual(['R01', 'R02']);
    expect(codes(renderMatrixSvg(b.doc, { publication: true }))).toEqual(['R01']);
    expect(codes(renderMatrixSvg(b.doc, { riskIds: [c] }))).toEqual(['R02']);
  });

  it('follows the project scales: letters A–E and custom bands', () => {
    const b = builder();
    const scales = b.doc.project.scales;
    scales.likelihood.forEach((c, i) => (c.code = 'ABCDE'[i]!));
    scales.bands = [
      { id: 'ok', label: 'Aanvaardbaar', min: 1, max: 9, color: '#88cc88' },
      { id: 'no', label: 'Niet aanvaardbaar', min: 10, max: 25, color: '#cc4444' },
    ];
    const svg = renderMatrixSvg(b.doc);
    expect(texts(svg)).toContain('E Zeer waarschijnlijk');
    expect(cells(svg)[4]!.letters).toBe('NA');
    expect(svg).toContain('fill="#cc4444"');
  });
});
