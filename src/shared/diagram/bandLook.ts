/**
 * How a risk band looks, wherever it is drawn (screen, matrix image, spreadsheet): the text
 * colour on its colour, and its pattern. Bands ordered low to high get ever denser patterns (the
 * lowest none), so they are told apart without colour vision and on a washed-out projector.
 */
import type { Band } from '../model/scalesSchema.ts';

/** Black or white, whichever reads better on the colour `hex` ("#rrggbb"). */
export function inkOn(hex: string): '#000000' | '#ffffff' {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return lum > 0.45 ? '#000000' : '#ffffff';
}

export const BAND_PATTERNS = ['none', 'dots', 'stripes', 'cross', 'grid'] as const;
export type BandPattern = (typeof BAND_PATTERNS)[number];

/** The rank of a band among the project's bands, lowest first (-1 when it is not among them). */
export function bandRank(band: Band, bands: readonly Band[]): number {
  return [...bands].sort((a, b) => a.min - b.min).findIndex((b) => b.id === band.id);
}

/** The pattern of `band` among `bands`. */
export function bandPattern(band: Band, bands: readonly Band[]): BandPattern {
  return BAND_PATTERNS[Math.max(0, bandRank(band, bands)) % BAND_PATTERNS.length]!;
}
