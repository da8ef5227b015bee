/**
 * A small trend chart (sparkline with dots) as SVG, drawn from the figures alone — the app shows
 * it as an image and the report's figure draws the same marks. The axis starts at zero, so a
 * small change does not look like a big one; suppressed values leave a gap in the line.
 */
import { esc, num } from '../diagram/svg.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The marks of one trend inside `box`: baseline, a line per run of known values, dots. */
export function trendMarks(values: readonly (number | null)[], box: Box, stroke = '#1f5fa8'): string {
  const pad = 3;
  const known = values.filter((v): v is number => v !== null);
  const min = known.length ? Math.min(0, ...known) : 0;
  const max = known.length ? Math.max(...known) : 1;
  const span = max - min || 1;
  const x = (i: number) => box.x + (values.length <= 1 ? box.width / 2 : pad + (i * (box.width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => box.y + box.height - pad - ((v - min) * (box.height - 2 * pad)) / span;
  const runs: string[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) runs.push([]);
    else runs[runs.length - 1]!.push(`${num(x(i))},${num(y(v))}`);
  });
  const base = `<line x1="${num(box.x + pad)}" y1="${num(box.y + box.height - pad)}" x2="${num(box.x + box.width - pad)}" y2="${num(box.y + box.height - pad)}" stroke="#999" stroke-width="0.6"/>`;
  const lines = runs.filter((r) => r.length > 0).map((pts) => `<polyline points="${pts.join(' ')}" fill="none" stroke="${stroke}" stroke-width="1.6" stroke-linejoin="round"/>`);
  const dots = values.map((v, i) => (v === null ? '' : `<circle cx="${num(x(i))}" cy="${num(y(v))}" r="1.8" fill="${stroke}"/>`));
  return base + lines.join('') + dots.join('');
}

export interface TrendOptions {
  width?: number;
  height?: number;
  /** Accessible title, e.g. "Verloop van Diefstal/inbraak woning in GM0344". */
  title: string;
  stroke?: string;
}

/** One trend as a standalone SVG document. */
export function trendSvg(values: readonly (number | null)[], opts: TrendOptions): string {
  const w = opts.width ?? 160;
  const h = opts.height ?? 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img"><title>${esc(opts.title)}</title>${trendMarks(values, { x: 0, y: 0, width: w, height: h }, opts.stroke)}</svg>`;
}
