/**
 * A small trend chart (sparkline with dots and the first and last value) as an SVG string, drawn
 * from the figures alone — the app shows it as an image and the report embeds the same drawing.
 * Suppressed values leave a gap in the line.
 */

export interface TrendOptions {
  width?: number;
  height?: number;
  /** Accessible title, e.g. "Woninginbraak, GM0344, jan 2024 – mrt 2024". */
  title: string;
  stroke?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => (Math.round(n * 10) / 10).toString();

export function trendSvg(values: readonly (number | null)[], opts: TrendOptions): string {
  const w = opts.width ?? 160;
  const h = opts.height ?? 40;
  const pad = 4;
  const stroke = opts.stroke ?? '#1f5fa8';
  const known = values.filter((v): v is number => v !== null);
  const min = known.length ? Math.min(0, ...known) : 0;
  const max = known.length ? Math.max(...known) : 1;
  const span = max - min || 1;
  const x = (i: number) => (values.length <= 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (values.length - 1));
  const y = (v: number) => h - pad - ((v - min) * (h - 2 * pad)) / span;
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${num(x(i))},${num(y(v))}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((pts) => `<polyline points="${pts}" fill="none" stroke="${stroke}" stroke-width="1.6" stroke-linejoin="round"/>`).join('');
  const dots = values.map((v, i) => (v === null ? '' : `<circle cx="${num(x(i))}" cy="${num(y(v))}" r="1.8" fill="${stroke}"/>`)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img"><title>${esc(opts.title)}</title><line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="#999" stroke-width="0.6"/>${lines}${dots}</svg>`;
}
