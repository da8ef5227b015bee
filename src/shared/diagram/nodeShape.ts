/**
 * The shape of each kind of bow-tie node: rounded boxes for causes (blue) and consequences
 * (red), a box with cut corners for escalation factors (purple), a ringed disc for the central
 * event, and a box with a yellow-and-black striped border for the hazard — the classic bow-tie
 * look. Measures are drawn by measureShape.ts. An empty label shows the kind's name in italics.
 */
import { hazardStripe } from '../layout/nodeBox.ts';
import type { LayoutNode } from '../layout/types.ts';
import type { DrawContext } from './context.ts';
import { kindLabel } from './labels.ts';
import { measureShape } from './measureShape.ts';
import { esc, el, num, textBlock } from './svg.ts';

export function nodeShape(node: LayoutNode, ctx: DrawContext): string {
  const { theme, m, doc } = ctx;
  const s = m.scale;
  const sw = theme.stroke * s;
  const { x, y, width: w, height: h } = node;
  const empty = node.lines.join('') === '';
  const lines = empty ? [kindLabel(ctx.lang, node.kind)] : node.lines;
  const label = (fill: string, weight?: 'bold'): string =>
    textBlock(lines, {
      x: x + w / 2,
      top: y + (h - lines.length * m.lineHeight) / 2,
      fontSize: m.fontSize,
      lineHeight: m.lineHeight,
      fill: empty ? theme.mutedText : fill,
      weight,
      italic: empty,
    });
  const title = el('title', {}, esc(`${kindLabel(ctx.lang, node.kind)}: ${node.lines.join(' ')}`));
  const group = (shape: string): string => el('g', { class: `node ${node.kind}` }, [title, shape]);

  switch (node.kind) {
    case 'measure':
    case 'escalationMeasure': {
      const measure = doc.measures[node.entityId];
      return measure ? measureShape(node, measure, ctx) : '';
    }
    case 'cause':
    case 'consequence': {
      const c = theme[node.kind];
      return group(el('rect', { x, y, width: w, height: h, rx: 7 * s, fill: c.fill, stroke: c.stroke, 'stroke-width': sw * 1.2 }) + label(theme.text));
    }
    case 'escalation': {
      const k = 9 * s;
      const d = `M${num(x + k)} ${num(y)}H${num(x + w - k)}L${num(x + w)} ${num(y + k)}V${num(y + h - k)}L${num(x + w - k)} ${num(y + h)}H${num(x + k)}L${num(x)} ${num(y + h - k)}V${num(y + k)}Z`;
      return group(el('path', { d, fill: theme.escalation.fill, stroke: theme.escalation.stroke, 'stroke-width': sw * 1.2 }) + label(theme.text));
    }
    case 'event': {
      const r = w / 2;
      return group(
        el('circle', { cx: x + r, cy: y + r, r: r - 3 * s, fill: theme.event.fill, stroke: theme.event.stroke, 'stroke-width': 6 * s }) +
          el('circle', { cx: x + r, cy: y + r, r: r - 8 * s, fill: 'none', stroke: theme.event.stroke, 'stroke-width': s, 'stroke-opacity': 0.5 }) +
          label(theme.text, 'bold'),
      );
    }
    case 'hazard': {
      const t = hazardStripe(m);
      return group(
        el('rect', { x, y, width: w, height: h, rx: 3 * s, fill: `url(#${ctx.ids.hazard})` }) +
          el('rect', { x: x + t, y: y + t, width: w - 2 * t, height: h - 2 * t, fill: theme.hazard.fill }) +
          el('rect', { x, y, width: w, height: h, rx: 3 * s, fill: 'none', stroke: theme.hazard.stripeB, 'stroke-width': s }) +
          label(theme.text, 'bold'),
      );
    }
  }
}
