/**
 * The effectiveness icon drawn on a measure's band, and the band's pattern: a second channel
 * next to colour, so "goed / matig / zwak / onbekend" reads in greyscale print and for
 * colour-blind readers. Icons are vector shapes (not font glyphs: ✓ is not in Liberation Sans).
 */
import type { Effectiveness } from '../model/vocab.ts';
import type { PatternIds } from './defs.ts';
import { el, FONT_FAMILY, num } from './svg.ts';

/** The icon for `e`, centred at (cx, cy), `size` px across, drawn in `colour`. */
export function effectIcon(e: Effectiveness, cx: number, cy: number, size: number, colour: string): string {
  const r = size / 2;
  const w = size * 0.16;
  switch (e) {
    case 'good':
      return el('path', {
        d: `M${num(cx - r * 0.7)} ${num(cy + r * 0.05)}L${num(cx - r * 0.2)} ${num(cy + r * 0.55)}L${num(cx + r * 0.75)} ${num(cy - r * 0.6)}`,
        fill: 'none',
        stroke: colour,
        'stroke-width': w * 1.2,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      });
    case 'moderate':
      // a half-filled disc: "½"
      return (
        el('circle', { cx, cy, r: r * 0.78, fill: 'none', stroke: colour, 'stroke-width': w }) +
        el('path', { d: `M${num(cx)} ${num(cy - r * 0.78)}A${num(r * 0.78)} ${num(r * 0.78)} 0 0 0 ${num(cx)} ${num(cy + r * 0.78)}Z`, fill: colour })
      );
    case 'weak':
      return (
        el('rect', { x: cx - w * 0.6, y: cy - r * 0.8, width: w * 1.2, height: r * 1.05, rx: w * 0.5, fill: colour }) +
        el('circle', { cx, cy: cy + r * 0.62, r: w * 0.72, fill: colour })
      );
    case 'unknown':
      return el(
        'text',
        { x: cx, y: cy + size * 0.36, 'font-size': size * 1.05, 'font-weight': 'bold', 'font-family': FONT_FAMILY, 'text-anchor': 'middle', fill: colour },
        '?',
      );
  }
}

/** The pattern laid over a band of effectiveness `e`, or null for a plain band. */
export function bandPattern(e: Effectiveness, ids: PatternIds): string | null {
  if (e === 'moderate') return ids.stripes;
  if (e === 'weak') return ids.dots;
  return null;
}
