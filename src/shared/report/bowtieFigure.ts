/**
 * The bow-tie figures of a risk in a report: one figure on the smallest page on which its labels
 * print at MIN_LABEL_PT or more (A4 landscape, A3 landscape, A3 portrait), or — when no page holds
 * the whole bow-tie readably — its causes side and its consequences side as two figures, each
 * with the central event. Every report bow-tie carries the legend of the status and
 * effectiveness symbols.
 */
import { renderBowtieSvg } from '../diagram/bowtieSvg.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Risk } from '../model/entities.ts';
import type { Language } from '../model/vocab.ts';
import { imageIdPrefix, imageKey, type Block, type BowtiePart, type FigureLayout, type ImageRef } from './blocks.ts';
import type { RiskRowsOf } from '../layout/riskRows.ts';
import type { ReportContext } from './context.ts';
import { fill } from './fmt.ts';
import { fitScale, figureBox, OWN_PAGES, readablePage } from './figurePages.ts';

export interface ReportBowtieOptions {
  lang: Language;
  publication: boolean;
  omitInternal: boolean;
  idPrefix?: string;
  /** The rows of each risk's bow-tie, grouped once for the whole report (riskRows.ts). */
  rows?: RiskRowsOf;
}

/** The SVG of a report bow-tie (or one side of it): the one drawing both Word and PDF show. */
export function reportBowtieSvg(doc: ProjectDoc, riskId: string, part: BowtiePart | undefined, opts: ReportBowtieOptions): string {
  return renderBowtieSvg(doc, riskId, {
    lang: opts.lang,
    publication: opts.publication,
    excludeInternal: opts.omitInternal,
    legend: true,
    print: true,
    ...(part ? { side: part } : {}),
    ...(opts.idPrefix ? { idPrefix: opts.idPrefix } : {}),
    ...(opts.rows ? { rows: opts.rows } : {}),
  });
}

function sizeOf(svg: string): { width: number; height: number } {
  const head = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg.slice(0, 600));
  return head ? { width: Number(head[1]), height: Number(head[2]) } : { width: 1, height: 1 };
}

/**
 * The smallest text size drawn in `svg`, in px: the owners under a measure and the legend are
 * smaller than the labels, and every text on the page must be readable, not only the labels.
 */
export function smallestFontPx(svg: string): number {
  let min = Infinity;
  for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) min = Math.min(min, Number(m[1]));
  return Number.isFinite(min) ? min : 12;
}

/**
 * Where the parts of a bow-tie go: the page for the whole, or for each side. With `drawn`, the
 * SVGs of the parts chosen are left in it by image key, for the export to use as they are.
 */
export function bowtiePlan(doc: ProjectDoc, riskId: string, opts: ReportBowtieOptions, drawn?: Map<string, string>): { parts: (BowtiePart | undefined)[]; layout: FigureLayout } {
  const draw = (part: BowtiePart | undefined) => {
    const ref: ImageRef = { kind: 'bowtie', riskId, ...(part ? { part } : {}) };
    const svg = reportBowtieSvg(doc, riskId, part, { ...opts, idPrefix: imageIdPrefix(ref) });
    drawn?.set(imageKey(ref), svg);
    return svg;
  };
  const wholeSvg = draw(undefined);
  const one = readablePage([sizeOf(wholeSvg)], smallestFontPx(wholeSvg));
  if (one) return { parts: [undefined], layout: one };
  drawn?.delete(imageKey({ kind: 'bowtie', riskId }));
  const svgs = (['causes', 'consequences'] as const).map(draw);
  const sides = svgs.map(sizeOf);
  const fontPx = Math.min(...svgs.map(smallestFontPx));
  // Two halves on the smallest page that holds both readably; else on the page where they are largest.
  const split = readablePage(sides, fontPx) ?? [...OWN_PAGES].sort((a, b) => scaleOn(sides, b) - scaleOn(sides, a))[0]!;
  return { parts: ['causes', 'consequences'], layout: split };
}

const scaleOn = (sizes: readonly { width: number; height: number }[], layout: FigureLayout) => Math.min(...sizes.map((s) => fitScale(s, figureBox(layout))));

/** The figure blocks of a risk's bow-tie (one, or the two sides). */
export function bowtieFigures(ctx: ReportContext, risk: Risk): Block[] {
  const t = ctx.tx.ivrp;
  const plan = bowtiePlan(ctx.doc, risk.id, { lang: ctx.lang, publication: ctx.publication, omitInternal: ctx.omitInternal, rows: ctx.rows }, ctx.drawn);
  const caption = fill(t.bowtieCaption, { code: risk.code, title: risk.title }).trim();
  return plan.parts.map((part) => ({
    kind: 'figure',
    image: { kind: 'bowtie', riskId: risk.id, ...(part ? { part } : {}) },
    caption: part ? `${caption} — ${t.bowtiePart[part]}` : caption,
    alt: fill(t.bowtieAlt, { title: risk.title }),
    layout: plan.layout,
  }));
}
