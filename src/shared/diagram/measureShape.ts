/**
 * A measure box: a coloured band on the left tells its effectiveness (colour, pattern and icon),
 * a dashed outline and paler fill mark a missing measure ("witte vlek"), a small clock marks a
 * planned one, and the owner is printed small under the label.
 */
import type { LayoutNode } from '../layout/types.ts';
import type { Measure } from '../model/entities.ts';
import type { DrawContext } from './context.ts';
import { bandPattern, effectIcon } from './effectIcon.ts';
import { effectivenessLabel, kindLabel, statusLabel } from './labels.ts';
import { esc, el, num, textBlock } from './svg.ts';

export function measureShape(node: LayoutNode, measure: Measure, ctx: DrawContext): string {
  const { theme, m } = ctx;
  const s = m.scale;
  const { x, y, width: w, height: h } = node;
  const r = 5 * s;
  const missing = measure.status === 'missing';
  const colour = theme.effectiveness[measure.effectiveness];
  const bw = m.bandWidth;
  const band = `M${num(x + r)} ${num(y)}H${num(x + bw)}V${num(y + h)}H${num(x + r)}A${num(r)} ${num(r)} 0 0 1 ${num(x)} ${num(y + h - r)}V${num(y + r)}A${num(r)} ${num(r)} 0 0 1 ${num(x + r)} ${num(y)}Z`;
  const pattern = bandPattern(measure.effectiveness, ctx.ids);
  const parts: string[] = [
    el('title', {}, esc(measureTitle(node, measure, ctx))),
    el('rect', {
      x,
      y,
      width: w,
      height: h,
      rx: r,
      fill: missing ? theme.measure.missingFill : theme.measure.fill,
    }),
    el('path', { d: band, fill: colour, 'fill-opacity': missing ? 0.5 : 1 }),
    pattern ? el('path', { d: band, fill: `url(#${pattern})` }) : '',
    el('rect', {
      x,
      y,
      width: w,
      height: h,
      rx: r,
      fill: 'none',
      stroke: theme.measure.stroke,
      'stroke-width': theme.stroke * s,
      'stroke-dasharray': missing ? `${num(5 * s)} ${num(3.5 * s)}` : undefined,
    }),
    effectIcon(measure.effectiveness, x + bw / 2, y + Math.min(h / 2, m.padY + 7 * s), 12 * s, theme.onBand),
  ];
  if (measure.status === 'planned') parts.push(plannedClock(x + w - 2 * s, y + 2 * s, 7 * s, ctx));
  const textX = x + bw + (w - bw) / 2;
  const textH = node.lines.length * m.lineHeight + (node.subLines.length ? node.subLines.length * m.subLineHeight + 2 * s : 0);
  const top = y + (h - textH) / 2;
  parts.push(textBlock(node.lines, { x: textX, top, fontSize: m.fontSize, lineHeight: m.lineHeight, fill: theme.text, italic: node.lines.join('') === '' }));
  if (node.subLines.length) {
    parts.push(
      textBlock(node.subLines, {
        x: textX,
        top: top + node.lines.length * m.lineHeight + 2 * s,
        fontSize: m.subFontSize,
        lineHeight: m.subLineHeight,
        fill: theme.mutedText,
      }),
    );
  }
  return el('g', { class: `node measure eff-${measure.effectiveness} status-${measure.status}` }, parts);
}

/** A small clock: "gepland" (planned). */
export function plannedClock(cx: number, cy: number, r: number, ctx: DrawContext): string {
  const { theme } = ctx;
  const sw = Math.max(1, theme.stroke * ctx.m.scale * 0.9);
  return el('g', { class: 'planned' }, [
    el('circle', { cx, cy, r, fill: theme.background, stroke: theme.text, 'stroke-width': sw }),
    el('path', {
      d: `M${num(cx)} ${num(cy - r * 0.6)}V${num(cy)}L${num(cx + r * 0.45)} ${num(cy + r * 0.3)}`,
      fill: 'none',
      stroke: theme.text,
      'stroke-width': sw,
      'stroke-linecap': 'round',
    }),
  ]);
}

function measureTitle(node: LayoutNode, measure: Measure, ctx: DrawContext): string {
  const { lang } = ctx;
  const parts = [`${kindLabel(lang, node.kind)}: ${measure.label}`, effectivenessLabel(lang, measure.effectiveness), statusLabel(lang, measure.status)];
  if (node.subLines.length) parts.push(node.subLines.join(' '));
  return parts.join(' · ');
}
