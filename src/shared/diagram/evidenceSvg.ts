/**
 * The figures of one risk as a report figure: one row per area and kind with the first and last
 * period's value and a trend line between them (small multiples), drawn from the series alone.
 * Rows with small buurt counts are marked, as in the app.
 */
import type { FigureSeries } from '../evidence/figures.ts';
import { periodLabel } from '../evidence/periods.ts';
import { trendMarks } from '../evidence/trendSvg.ts';
import { measureText } from '../layout/textMetrics.ts';
import type { Language } from '../model/vocab.ts';
import { esc, num } from './svg.ts';

const ROW = 26;
const FONT = 11;
const TREND_W = 150;

function fmt(v: number | null | undefined, lang: Language): string {
  return v === null || v === undefined ? '.' : v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

function text(x: number, y: number, s: string, anchor: 'start' | 'end' = 'start', fill = '#222'): string {
  return `<text x="${num(x)}" y="${num(y)}" font-family="Liberation Sans, Arial, sans-serif" font-size="${FONT}" fill="${fill}" text-anchor="${anchor}">${esc(s)}</text>`;
}

export function renderEvidenceSvg(series: readonly FigureSeries[], opts: { lang: Language; title: string; smallMark: string }): string {
  const labels = series.map((s) => `${s.areaName ? `${s.areaName} (${s.area})` : s.area} · ${s.kindName}${s.smallCounts ? ` · ${opts.smallMark}` : ''}`);
  const labelW = Math.min(420, Math.max(160, ...labels.map((l) => measureText(l, FONT))) + 12);
  const valueW = 64;
  const width = labelW + valueW + TREND_W + valueW + 8;
  const head = 20;
  const height = head + series.length * ROW + 6;
  const first = series[0]?.points[0]?.period ?? '';
  const last = series[0]?.points[series[0].points.length - 1]?.period ?? '';
  const rows = series.map((s, i) => {
    const y = head + i * ROW;
    const values = s.points.map((p) => p.value);
    const colour = s.smallCounts ? '#777' : '#222';
    return [
      text(4, y + 16, labels[i]!, 'start', colour),
      text(labelW + valueW - 6, y + 16, fmt(values[0], opts.lang), 'end', colour),
      trendMarks(values, { x: labelW + valueW, y: y + 2, width: TREND_W, height: ROW - 4 }, s.smallCounts ? '#8a8a8a' : '#1f5fa8'),
      text(labelW + valueW + TREND_W + 6, y + 16, fmt(values[values.length - 1], opts.lang), 'start', colour),
      `<line x1="0" y1="${num(y + ROW)}" x2="${num(width)}" y2="${num(y + ROW)}" stroke="#ddd" stroke-width="0.6"/>`,
    ].join('');
  });
  const header = [text(labelW + valueW - 6, 14, periodLabel(first, opts.lang), 'end', '#555'), text(labelW + valueW + TREND_W + 6, 14, periodLabel(last, opts.lang), 'start', '#555')].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img"><title>${esc(opts.title)}</title><rect width="100%" height="100%" fill="#fff"/>${header}${rows.join('')}</svg>`;
}
