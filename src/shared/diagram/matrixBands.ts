/** Patterns and initials that tell the risk bands apart without colour. */
import type { Band } from '../model/scalesSchema.ts';
import { bandPattern, type BandPattern } from './bandLook.ts';
import { el } from './svg.ts';

/** Band id → pattern id, by the one band-pattern rule (bandLook.ts); the lowest band has none. */
export function bandPatterns(bands: readonly Band[], prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of bands) {
    const kind = bandPattern(b, bands);
    if (kind !== 'none') out.set(b.id, `${prefix}-band-${kind}`);
  }
  return out;
}

/** The initials of a band label: "Laag" → "L", "Zeer hoog" → "ZH". */
export function bandAbbreviation(label: string): string {
  return label
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 3);
}

/** `<defs>` holding the patterns named in `patterns`. */
export function matrixDefs(patterns: Map<string, string>, s: number): string {
  const ink = { fill: '#000000', 'fill-opacity': 0.16 };
  const line = { stroke: '#000000', 'stroke-opacity': 0.16, 'stroke-width': 1.5 * s };
  const defs = new Set<string>();
  for (const id of patterns.values()) {
    const kind = id.slice(id.lastIndexOf('-') + 1) as BandPattern;
    const size = 8 * s;
    const body =
      kind === 'dots'
        ? el('circle', { cx: size / 2, cy: size / 2, r: 1.4 * s, ...ink })
        : kind === 'stripes'
          ? el('line', { x1: 0, y1: 0, x2: 0, y2: size, ...line })
          : kind === 'cross'
            ? el('line', { x1: 0, y1: 0, x2: 0, y2: size, ...line }) + el('line', { x1: 0, y1: 0, x2: size, y2: 0, ...line })
            : el('rect', { x: 0, y: 0, width: size / 2, height: size / 2, ...ink });
    const rotate = kind === 'stripes' || kind === 'cross' ? 'rotate(45)' : undefined;
    defs.add(el('pattern', { id, patternUnits: 'userSpaceOnUse', width: size, height: size, patternTransform: rotate }, body));
  }
  return el('defs', {}, [...defs]);
}
