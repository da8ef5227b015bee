/** Sizes one node of the bow-tie from its label: wrapped lines decide the height. */
import { measureText, wrapText, type FontWeight } from './textMetrics.ts';
import type { LayoutMetrics, LayoutNode, NodeKind, Side } from './types.ts';

/** Width of the striped border of the hazard box. */
export function hazardStripe(m: LayoutMetrics): number {
  return 7 * m.scale;
}

/** Width available for label text inside a node of `kind`. */
export function textWidth(kind: NodeKind, m: LayoutMetrics): number {
  switch (kind) {
    case 'measure':
    case 'escalationMeasure':
      return m.nodeWidth - m.bandWidth - 2 * m.padX;
    case 'hazard':
      return m.hazardWidth - 2 * m.padX - 2 * hazardStripe(m);
    case 'event':
      return m.eventTextWidth;
    default:
      return m.nodeWidth - 2 * m.padX;
  }
}

/** Labels of the hazard and central event are set in bold. */
export function isBold(kind: NodeKind): boolean {
  return kind === 'hazard' || kind === 'event';
}

interface BoxInput {
  kind: NodeKind;
  key: string;
  entityId: string;
  refId: string;
  side: Side;
  label: string;
  /** Small text under the label, e.g. the owner of a measure. */
  sub?: string;
}

/**
 * Wrapped labels by text, width, size, weight and line limit. Wrapping is most of a layout's
 * work and an edit changes one label, so the next layout reuses the others' lines (frozen: they
 * are shared). Emptied when it grows past `WRAP_CACHE_MAX` entries.
 */
const wrapped = new Map<string, readonly string[]>();
const WRAP_CACHE_MAX = 20_000;

function wrapOnce(text: string, width: number, fontSize: number, weight: FontWeight, maxLines: number): string[] {
  const key = `${width}|${fontSize}|${weight}|${maxLines}|${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size >= WRAP_CACHE_MAX) wrapped.clear();
    lines = Object.freeze(wrapText(text, width, fontSize, { weight, maxLines }));
    wrapped.set(key, lines);
  }
  return lines as string[];
}

/** A node at (0, 0) with its wrapped label and its size. */
export function nodeBox(input: BoxInput, m: LayoutMetrics): LayoutNode {
  const { kind } = input;
  const weight = isBold(kind) ? 'bold' : 'normal';
  const lines = wrapOnce(input.label, textWidth(kind, m), m.fontSize, weight, m.maxLines);
  const subLines = input.sub ? wrapOnce(input.sub, textWidth(kind, m), m.subFontSize, 'normal', m.subFontSize >= m.fontSize ? 3 : 2) : [];
  const textH = lines.length * m.lineHeight + (subLines.length ? subLines.length * m.subLineHeight + 2 * m.scale : 0);
  let width = m.nodeWidth;
  let height = Math.max(2 * m.padY + textH, 2 * m.padY + 2 * m.lineHeight);
  if (kind === 'hazard') {
    width = m.hazardWidth;
    height = 2 * m.padY + 2 * hazardStripe(m) + Math.max(textH, m.lineHeight);
  } else if (kind === 'event') {
    // The label sits inside a circle: the circle must hold the text block's diagonal.
    let w = 0;
    for (const line of lines) w = Math.max(w, measureText(line, m.fontSize, weight));
    width = height = Math.max(m.eventMinDiameter, Math.hypot(w, textH) + 2 * m.padX);
  }
  return {
    key: input.key,
    kind,
    entityId: input.entityId,
    refId: input.refId,
    side: input.side,
    x: 0,
    y: 0,
    width,
    height,
    lines,
    subLines,
    dx: 0,
    dy: 0,
  };
}
