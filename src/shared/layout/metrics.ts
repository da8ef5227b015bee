/** Sizes of the bow-tie layout, scaled once so layout and renderer share every number. */
import type { LayoutMetrics, LayoutOptions } from './types.ts';

/** The sizes for `opts`; every length is multiplied by `opts.scale` (default 1). */
export function layoutMetrics(opts: LayoutOptions = {}): LayoutMetrics {
  const s = opts.scale && opts.scale > 0 ? opts.scale : 1;
  const fontSize = (opts.fontSize ?? 12) * s;
  const lineHeight = fontSize * 1.25;
  const sub = opts.subFontRatio ?? 0.82;
  const gapY = (opts.gapY ?? 22) * s;
  const laneGap = 20 * s;
  return {
    scale: s,
    fontSize,
    lineHeight,
    subFontSize: fontSize * sub,
    subLineHeight: fontSize * sub * 1.25,
    nodeWidth: (opts.nodeWidth ?? 150) * s,
    padX: 8 * s,
    padY: 7 * s,
    bandWidth: 20 * s,
    gapX: (opts.gapX ?? 28) * s,
    gapY,
    laneGap,
    rowLines: Math.max(1, opts.rowLines ?? 3),
    // A box may outgrow its row's room by up to a line: it stays centred on the row and takes half
    // of it from the gap above and half from the gap below (two such boxes facing each other
    // across a gap still leave 2 px of it).
    rowSlack: Math.max(0, Math.min(lineHeight, Math.min(gapY, laneGap) - 2 * s)),
    fanGap: 90 * s,
    hazardWidth: 190 * s,
    eventMinDiameter: 120 * s,
    eventTextWidth: 112 * s,
    margin: 24 * s,
    maxLines: opts.maxLines ?? 7,
  };
}
