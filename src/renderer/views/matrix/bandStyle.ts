/**
 * How a risk band looks on screen: its colour, a readable text colour on it, and a pattern per
 * band rank (none, dots, stripes, cross-hatch, grid — like the matrix image) so bands are told
 * apart without colour vision and on a washed-out projector.
 */
import type { CSSProperties } from 'react';
import type { Band } from '../../../shared/model/scalesSchema.ts';

/** Black or white, whichever reads better on `hex`. */
export function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return lum > 0.45 ? '#000000' : '#ffffff';
}

const INK = 'rgb(0 0 0 / 0.18)';
const PATTERNS = [
  'none',
  `radial-gradient(${INK} 1.5px, transparent 1.6px) 0 0 / 8px 8px`,
  `repeating-linear-gradient(45deg, ${INK} 0 1.5px, transparent 1.5px 8px)`,
  `repeating-linear-gradient(45deg, ${INK} 0 1.5px, transparent 1.5px 8px), repeating-linear-gradient(-45deg, ${INK} 0 1.5px, transparent 1.5px 8px)`,
  `linear-gradient(${INK} 1.5px, transparent 1.5px) 0 0 / 8px 8px, linear-gradient(90deg, ${INK} 1.5px, transparent 1.5px) 0 0 / 8px 8px`,
];

/** The rank of a band among the project's bands, lowest first. */
export function bandRank(band: Band, bands: readonly Band[]): number {
  return [...bands].sort((a, b) => a.min - b.min).findIndex((b) => b.id === band.id);
}

export function bandStyle(band: Band, bands: readonly Band[]): CSSProperties {
  const pattern = PATTERNS[Math.max(0, bandRank(band, bands)) % PATTERNS.length]!;
  return { background: pattern === 'none' ? band.color : `${pattern}, ${band.color}`, color: inkOn(band.color) };
}
