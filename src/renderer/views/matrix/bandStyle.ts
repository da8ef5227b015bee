/**
 * How a risk band looks on screen: the CSS of the one band rule (src/shared/diagram/bandLook.ts),
 * its colour, the text colour on it and its pattern, drawn as in the matrix image.
 */
import type { CSSProperties } from 'react';
import { bandPattern, inkOn, type BandPattern } from '../../../shared/diagram/bandLook.ts';
import type { Band } from '../../../shared/model/scalesSchema.ts';

const INK = 'rgb(0 0 0 / 0.18)';
const PATTERNS: Record<BandPattern, string> = {
  none: 'none',
  dots: `radial-gradient(${INK} 1.5px, transparent 1.6px) 0 0 / 8px 8px`,
  stripes: `repeating-linear-gradient(45deg, ${INK} 0 1.5px, transparent 1.5px 8px)`,
  cross: `repeating-linear-gradient(45deg, ${INK} 0 1.5px, transparent 1.5px 8px), repeating-linear-gradient(-45deg, ${INK} 0 1.5px, transparent 1.5px 8px)`,
  grid: `linear-gradient(${INK} 1.5px, transparent 1.5px) 0 0 / 8px 8px, linear-gradient(90deg, ${INK} 1.5px, transparent 1.5px) 0 0 / 8px 8px`,
};

export function bandStyle(band: Band, bands: readonly Band[]): CSSProperties {
  const pattern = PATTERNS[bandPattern(band, bands)];
  return { background: pattern === 'none' ? band.color : `${pattern}, ${band.color}`, color: inkOn(band.color) };
}
