/**
 * The legend under a bow-tie: effectiveness (band colour, pattern and icon), status (missing
 * dashed, planned clock) and the kinds of element. Items flow left to right and wrap at `width`.
 */
import { measureText } from '../layout/textMetrics.ts';
import { EFFECTIVENESS } from '../model/vocab.ts';
import type { DrawContext } from './context.ts';
import { bandPattern, effectIcon } from './effectIcon.ts';
import { effectivenessLabel, kindLabel, statusLabel } from './labels.ts';
import { plannedClock } from './measureShape.ts';
import { t } from '../i18n/t.ts';
import { el, num, textBlock } from './svg.ts';

interface Item {
  label: string;
  swatch: (x: number, y: number) => string;
}

/** The legend as an SVG group at (x, y), and its height. */
export function legend(ctx: DrawContext, x: number, y: number, width: number): { svg: string; height: number } {
  const { theme, m, lang } = ctx;
  const s = m.scale;
  // In print (owners at label size) the legend is at label size too.
  const fs = Math.max(m.fontSize * 0.95, m.subFontSize);
  const sw = 26 * s;
  const sh = 16 * s;
  const box = (fill: string, stroke: string, extra: Record<string, string | number> = {}) => (bx: number, by: number) =>
    el('rect', { x: bx, y: by, width: sw, height: sh, rx: 3 * s, fill, stroke, 'stroke-width': theme.stroke * s, ...extra });

  const effect = EFFECTIVENESS.map<Item>((e) => ({
    label: effectivenessLabel(lang, e),
    swatch: (bx, by) => {
      const pattern = bandPattern(e, ctx.ids);
      return (
        el('rect', { x: bx, y: by, width: sw, height: sh, rx: 3 * s, fill: theme.effectiveness[e] }) +
        (pattern ? el('rect', { x: bx, y: by, width: sw, height: sh, rx: 3 * s, fill: `url(#${pattern})` }) : '') +
        effectIcon(e, bx + sw / 2, by + sh / 2, 11 * s, theme.onBand)
      );
    },
  }));
  const status: Item[] = [
    { label: statusLabel(lang, 'existing'), swatch: box(theme.measure.fill, theme.measure.stroke) },
    { label: statusLabel(lang, 'planned'), swatch: (bx, by) => box(theme.measure.fill, theme.measure.stroke)(bx, by) + plannedClock(bx + sw - 2 * s, by + 2 * s, 6 * s, ctx) },
    { label: statusLabel(lang, 'missing'), swatch: box(theme.measure.missingFill, theme.measure.stroke, { 'stroke-dasharray': `${num(4 * s)} ${num(3 * s)}` }) },
  ];
  const kinds: Item[] = [
    { label: kindLabel(lang, 'cause'), swatch: box(theme.cause.fill, theme.cause.stroke) },
    { label: kindLabel(lang, 'consequence'), swatch: box(theme.consequence.fill, theme.consequence.stroke) },
    { label: kindLabel(lang, 'escalation'), swatch: box(theme.escalation.fill, theme.escalation.stroke) },
  ];
  const groups: [string, Item[]][] = [
    [t(lang, 'diagram.effectiveness'), effect],
    [t(lang, 'diagram.status'), status],
    [t(lang, 'diagram.elements'), kinds],
  ];

  const rowH = 24 * s;
  const parts: string[] = [el('line', { x1: x, y1: y, x2: x + width, y2: y, stroke: theme.line, 'stroke-width': s, 'stroke-opacity': 0.5 })];
  let cy = y + 12 * s;
  parts.push(textBlock([t(lang, 'diagram.legend')], { x, top: cy, fontSize: fs, lineHeight: rowH, fill: theme.text, anchor: 'start', weight: 'bold' }));
  cy += rowH;
  for (const [heading, items] of groups) {
    let cx = x;
    const headW = measureText(heading + ':', fs, 'bold') + 10 * s;
    parts.push(textBlock([heading + ':'], { x: cx, top: cy, fontSize: fs, lineHeight: rowH, fill: theme.mutedText, anchor: 'start', weight: 'bold' }));
    cx += Math.max(headW, 100 * s);
    for (const item of items) {
      const itemW = sw + 10 * s + measureText(item.label, fs) + 18 * s;
      if (cx + itemW > x + width && cx > x + 100 * s) {
        cx = x + 100 * s;
        cy += rowH;
      }
      parts.push(item.swatch(cx, cy + (rowH - sh) / 2));
      parts.push(textBlock([item.label], { x: cx + sw + 10 * s, top: cy, fontSize: fs, lineHeight: rowH, fill: theme.text, anchor: 'start' }));
      cx += itemW;
    }
    cy += rowH;
  }
  return { svg: el('g', { class: 'legend', 'font-size': num(fs) }, parts), height: cy - y + 4 * s };
}
