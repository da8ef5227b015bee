/**
 * The one bow-tie renderer: document → SVG string, with no DOM, used by every export (SVG and
 * PNG files, report images) so a diagram looks the same everywhere. Positions come from
 * layoutBowtie; this file only draws.
 */
import { layoutBowtie } from '../layout/bowtieLayout.ts';
import type { RiskRowsOf } from '../layout/riskRows.ts';
import type { BowtieLayout, LayoutNode } from '../layout/types.ts';
import { measureText, wrapText } from '../layout/textMetrics.ts';
import { t } from '../i18n/t.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Confidentiality, Language } from '../model/vocab.ts';
import type { DrawContext } from './context.ts';
import { diagramDefs, patternIds } from './defs.ts';
import { edgePath } from './edgePath.ts';
import { legend } from './legend.ts';
import { nodeShape } from './nodeShape.ts';
import { el, num, svgDocument, textBlock } from './svg.ts';
import { THEMES, type ThemeName } from './theme.ts';

export interface BowtieSvgOptions {
  theme?: ThemeName;
  /** Leave out causes, consequences and measures marked confidential (and what hangs below them). */
  publication?: boolean;
  /** With `publication`, leave out what is marked internal as well. */
  excludeInternal?: boolean;
  /** Language of the legend and placeholders; defaults to the project's. */
  lang?: Language;
  /** Printed above the diagram. */
  title?: string;
  legend?: boolean;
  /** Layout scale; defaults to the theme's (1, projector 1.4). */
  scale?: number;
  /** Prefix for ids inside the SVG, so several diagrams can share one page. */
  idPrefix?: string;
  /** Apply the stored manual nudges (default true). */
  applyOverrides?: boolean;
  /** Only one side, with the hazard and central event: for a bow-tie printed over two pages. */
  side?: 'causes' | 'consequences';
  /** For print: owners and legend at the label size, so the smallest text on paper is the label's. */
  print?: boolean;
  /** The risk's rows from an index built once for many bow-ties (see LayoutOptions.rows). */
  rows?: RiskRowsOf;
}

/** The nodes, edges and bounds to draw: the whole layout, or one side of it with the centre. */
function view(layout: BowtieLayout, side: BowtieSvgOptions['side']): Pick<BowtieLayout, 'nodes' | 'edges' | 'bounds'> {
  if (!side) return layout;
  const keep = side === 'causes' ? 'left' : 'right';
  const nodes = layout.nodes.filter((n) => n.side === keep || n.side === 'centre');
  if (nodes.length === 0) return layout;
  const kept = new Set(nodes.map((n) => n.key));
  const edges = layout.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const m = layout.metrics.margin;
  const x = Math.min(...nodes.map((n) => n.x)) - m;
  const y = Math.min(...nodes.map((n) => n.y)) - m;
  const width = Math.max(...nodes.map((n) => n.x + n.width)) + m - x;
  const height = Math.max(...nodes.map((n) => n.y + n.height)) + m - y;
  return { nodes, edges, bounds: { x, y, width, height } };
}

/** The bow-tie of `riskId` as a standalone SVG document. */
export function renderBowtieSvg(doc: ProjectDoc, riskId: string, opts: BowtieSvgOptions = {}): string {
  const theme = THEMES[opts.theme ?? 'light'];
  const lang = opts.lang ?? doc.project.language;
  const hide: Confidentiality[] = opts.publication ? (opts.excludeInternal ? ['confidential', 'internal'] : ['confidential']) : [];
  const risk = doc.risks[riskId];
  const layout = layoutBowtie(doc, riskId, { scale: opts.scale ?? theme.scale, hide, applyOverrides: opts.applyOverrides, ...(opts.rows ? { rows: opts.rows } : {}), ...(opts.print ? { subFontRatio: 1 } : {}) });
  const m = layout.metrics;
  const s = m.scale;
  const ids = patternIds(opts.idPrefix ?? `bt-${shortHash(riskId)}`);
  const ctx: DrawContext = { doc, theme, m, ids, lang };

  const withheld = !risk || (risk.confidentiality !== 'public' && hide.includes(risk.confidentiality));
  if (withheld) return notice(t(lang, risk ? 'diagram.withheld' : 'diagram.noRisk'), ctx);

  const shown = view(layout, opts.side);
  const { bounds } = shown;
  const width = Math.max(bounds.width, 480 * s);
  const titleLines = opts.title ? wrapText(opts.title, width - 2 * m.margin, m.fontSize * 1.4, { weight: 'bold', maxLines: 3 }) : [];
  const titleH = titleLines.length ? titleLines.length * m.fontSize * 1.4 * 1.25 + m.margin * 0.75 : 0;
  // The layout's bounds may start left of or above 0 when nudges push a box out; shift it in.
  const ox = -bounds.x + (width - bounds.width) / 2;
  const oy = -bounds.y + titleH;

  const byKey = new Map<string, LayoutNode>(shown.nodes.map((n) => [n.key, n]));
  const edges = shown.edges.map((e) => {
    const src = byKey.get(e.source);
    const tgt = byKey.get(e.target);
    if (!src || !tgt) return '';
    const esc_ = e.kind === 'escalation';
    return el('path', {
      d: edgePath(e, src, tgt, m),
      fill: 'none',
      stroke: esc_ ? theme.escalationLine : e.kind === 'hazard' ? theme.hazard.line : theme.line,
      'stroke-width': (e.kind === 'hazard' ? theme.lineWidth * 1.6 : theme.lineWidth) * s,
      'stroke-dasharray': esc_ ? `${num(6 * s)} ${num(4 * s)}` : undefined,
      'stroke-linecap': 'round',
    });
  });
  const body = el('g', { transform: `translate(${num(ox)} ${num(oy)})` }, [
    el('g', { class: 'edges' }, edges),
    el('g', { class: 'nodes' }, shown.nodes.map((n) => nodeShape(n, ctx))),
  ]);
  const title = titleLines.length
    ? textBlock(titleLines, { x: m.margin, top: m.margin * 0.75, fontSize: m.fontSize * 1.4, lineHeight: m.fontSize * 1.4 * 1.25, fill: theme.text, anchor: 'start', weight: 'bold' })
    : '';
  let height = bounds.height + titleH;
  let legendSvg = '';
  if (opts.legend) {
    const l = legend(ctx, m.margin, height, width - 2 * m.margin);
    legendSvg = l.svg;
    height += l.height + m.margin * 0.5;
  }
  return document(width, height, ctx, risk.title, [title, body, legendSvg]);
}

function document(width: number, height: number, ctx: DrawContext, label: string, content: string[]): string {
  return svgDocument(width, height, label, ctx.theme.background, diagramDefs(ctx.ids, ctx.theme, ctx.m.scale), content);
}

/** A small SVG saying why there is no diagram. */
function notice(text: string, ctx: DrawContext): string {
  const { m, theme } = ctx;
  const width = Math.max(360 * m.scale, measureText(text, m.fontSize) + 2 * m.margin);
  const height = m.lineHeight + 2 * m.margin;
  return document(width, height, ctx, text, [
    textBlock([text], { x: width / 2, top: m.margin, fontSize: m.fontSize, lineHeight: m.lineHeight, fill: theme.mutedText, italic: true }),
  ]);
}

/** FNV-1a of `text` in base 36: a short, stable id fragment. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
