/** Sizes of the bow-tie layout, scaled once so layout and renderer share every number. */
import type { LayoutMetrics, LayoutOptions } from './types.ts';

/** The sizes for `opts`; every length is multiplied by `opts.scale` (default 1). */
export function layoutMetrics(opts: LayoutOptions = {}): LayoutMetrics {
  const s = opts.scale && opts.scale > 0 ? opts.scale : 1;
  const fontSize = (opts.fontSize ?? 12) * s;
  return {
    scale: s,
    fontSize,
    lineHeight: fontSize * 1.25,
    subFontSize: fontSize * 0.82,
    subLineHeight: fontSize * 0.82 * 1.25,
    nodeWidth: (opts.nodeWidth ?? 150) * s,
    padX: 8 * s,
    padY: 7 * s,
    bandWidth: 20 * s,
    gapX: (opts.gapX ?? 28) * s,
    gapY: (opts.gapY ?? 22) * s,
    laneGap: 16 * s,
    fanGap: 90 * s,
    hazardWidth: 190 * s,
    eventMinDiameter: 120 * s,
    eventTextWidth: 112 * s,
    margin: 24 * s,
    maxLines: opts.maxLines ?? 7,
  };
}
