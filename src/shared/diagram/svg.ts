/** Small helpers to build SVG markup as strings, safely: every text and attribute value is escaped. */
import { cleanXmlText } from '../model/xmlText.ts';

/** Escapes text for use in element content and in double- or single-quoted attributes. */
export function esc(text: string): string {
  return cleanXmlText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number for SVG output: at most two decimals, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export type Attrs = Record<string, string | number | undefined | null | false>;

function attrString(attrs: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}

/** `<name attrs>children</name>`, or a self-closing tag without children. */
export function el(name: string, attrs: Attrs = {}, children?: string | readonly string[]): string {
  const inner = Array.isArray(children) ? children.join('') : (children as string | undefined);
  return inner === undefined || inner === '' ? `<${name}${attrString(attrs)}/>` : `<${name}${attrString(attrs)}>${inner}</${name}>`;
}

/** Font families written into every diagram: the metrics in layout/textMetrics.ts are these fonts'. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** Baseline of a line of text whose line box starts at `top` (glyphs centred in the line box). */
export function baseline(top: number, fontSize: number, lineHeight: number): number {
  return top + (lineHeight - fontSize) / 2 + fontSize * 0.82;
}

/**
 * Lines of text centred (or left-aligned) at `x`, starting at `top`. Empty lines are kept as
 * vertical space; `weight`/`fill`/`italic` style the whole block.
 */
export function textBlock(
  lines: readonly string[],
  o: { x: number; top: number; fontSize: number; lineHeight: number; fill: string; anchor?: 'middle' | 'start' | 'end'; weight?: 'bold'; italic?: boolean },
): string {
  const tspans = lines
    .map((line, i) => (line === '' ? '' : el('tspan', { x: o.x, y: baseline(o.top + i * o.lineHeight, o.fontSize, o.lineHeight) }, esc(line))))
    .join('');
  if (tspans === '') return '';
  return el(
    'text',
    {
      'font-size': o.fontSize,
      'font-weight': o.weight,
      'font-style': o.italic ? 'italic' : undefined,
      'text-anchor': o.anchor ?? 'middle',
      fill: o.fill,
    },
    tspans,
  );
}

/**
 * A standalone SVG document: sized in whole pixels, labelled for screen readers (role, aria-label
 * and <title>), with its definitions and a background rectangle under the content.
 */
export function svgDocument(width: number, height: number, label: string, background: string, defs: string, content: readonly string[]): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': label, 'font-family': FONT_FAMILY },
    [el('title', {}, esc(label)), defs, el('rect', { width: '100%', height: '100%', fill: background }), ...content],
  );
}
