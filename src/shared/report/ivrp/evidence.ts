/**
 * The open-data evidence of the IVRP: key figures of the gemeente (chapter 2), the registered
 * figures per risk with their trend and source (§4.5), and the tables used (appendix A). Each
 * figure names its source and download date; small buurt counts carry the publishers' caveat.
 */
import { citation } from '../../evidence/citation.ts';
import { figuresForRisk, inProjectScope, seriesOf, SMALL_COUNT, type FigureSeries } from '../../evidence/figures.ts';
import { periodLabel } from '../../evidence/periods.ts';
import type { EvidenceObservation, EvidenceSet } from '../../evidence/types.ts';
import { renderEvidenceSvg } from '../../diagram/evidenceSvg.ts';
import type { Block } from '../blocks.ts';
import type { ReportContext } from '../context.ts';
import { fill, gapPara, h2, h3, note, para, table } from '../fmt.ts';

/** The observations about the project's own municipality (see inProjectScope). */
const observationsOf = (ctx: ReportContext, ev: EvidenceSet | null): readonly EvidenceObservation[] => (ev ? inProjectScope(ctx.doc, ev.imports.flatMap((i) => i.observations)) : []);

function fmtValue(v: number | null | undefined, locale: string): string {
  return v === null || v === undefined ? '.' : v.toLocaleString(locale);
}

function sourcesOf(ctx: ReportContext, series: readonly FigureSeries[]): Block[] {
  const seen = new Map(series.map((s) => [s.tableId, s]));
  return [...seen.values()].map((s) => note(citation(s, ctx.lang)));
}

/** Chapter 2: the Kerncijfers of the gemeente and its wijken, when a Kerncijfers file was read. */
export function keyFigures(ctx: ReportContext, ev: EvidenceSet | null): Block[] {
  const kwb = observationsOf(ctx, ev).filter((o) => o.measure === 'Kerncijfers' && !o.area.startsWith('BU'));
  if (kwb.length === 0) return [];
  const t = ctx.tx.ivrp;
  const series = seriesOf(ctx.doc, kwb);
  const areas = [...new Set(series.map((s) => s.area))];
  const kinds = [...new Map(series.map((s) => [s.kind, s.kindName])).entries()];
  const value = (area: string, kind: string) => {
    const s = series.find((x) => x.area === area && x.kind === kind);
    return fmtValue(s?.points[s.points.length - 1]?.value, ctx.tx.locale);
  };
  const name = (area: string) => series.find((s) => s.area === area)?.areaName ?? area;
  return [
    para(t.keyFiguresIntro),
    table(
      [[t.colIndicator, 3], ...areas.slice(0, 6).map((a): [string, number] => [name(a), 1.6])],
      kinds.map(([kind, label]) => [label, ...areas.slice(0, 6).map((a) => value(a, kind))]),
    ),
    ...sourcesOf(ctx, series),
  ];
}

/** §4.5: per risk with figures a table (first and last period), the trend figure, the source. */
export function evidencePerRisk(ctx: ReportContext, ev: EvidenceSet | null): Block[] {
  const t = ctx.tx.ivrp;
  const out: Block[] = [h2(t.evidenceTitle)];
  const all = observationsOf(ctx, ev).filter((o) => o.measure !== 'Kerncijfers');
  const perRisk = ctx.ix.risks.map((r) => ({ risk: r, series: ev ? figuresForRisk(ctx.doc, all, ev.mapping, r.id) : [] })).filter((x) => x.series.length > 0);
  if (perRisk.length === 0) return [...out, gapPara(ctx.tx, t.evidenceMissing)];
  out.push(para(t.evidenceIntro));
  for (const { risk, series } of perRisk) {
    const ref = ctx.riskRef(risk.id);
    const first = series[0]!.points[0]!.period;
    const last = series[0]!.points[series[0]!.points.length - 1]!.period;
    out.push(h3(ref));
    out.push(
      table(
        [
          [t.colArea, 3],
          [t.colKindCount, 3.4],
          [periodLabel(first, ctx.lang), 1.4],
          [periodLabel(last, ctx.lang), 1.4],
        ],
        series.map((s) => [s.areaName ? `${s.areaName} (${s.area})` : s.area, s.kindName, fmtValue(s.points[0]?.value, ctx.tx.locale), fmtValue(s.points[s.points.length - 1]?.value, ctx.tx.locale)]),
      ),
    );
    const caption = fill(t.evidenceCaption, { risk: ref });
    const svg = renderEvidenceSvg(series, { lang: ctx.lang, title: caption, smallMark: t.evidenceSmallMark });
    out.push({ kind: 'figure', image: { kind: 'svg', key: `evidence-${risk.id}`, svg }, caption, alt: fill(t.evidenceAlt, { first: periodLabel(first, ctx.lang), last: periodLabel(last, ctx.lang) }), layout: 'inline' });
    out.push(...sourcesOf(ctx, series));
    if (series.some((s) => s.smallCounts)) out.push(note(fill(t.evidenceSmall, { min: SMALL_COUNT })));
  }
  return out;
}

/** Appendix A: the open-data tables used, with publisher and download date. */
export function evidenceTables(ctx: ReportContext, ev: EvidenceSet | null): Block[] {
  if (!ev || ev.imports.length === 0) return [];
  const t = ctx.tx.ivrp;
  return [
    para(t.appOpenData),
    table(
      [
        [t.colTable, 1.6],
        [t.colEvidence, 6],
        [t.colDownloaded, 1.8],
      ],
      ev.imports.map((i) => [i.tableId, i.title, i.downloadedAt]),
    ),
  ];
}
