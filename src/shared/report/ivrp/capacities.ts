/**
 * Chapter 6 of the IVRP: what partners already do, strengths and weak spots, the links across
 * risks (shared causes and measures — the "koppelkansen") and quick wins.
 */
import { partnerRisks } from '../../links/partnerRisks.ts';
import { sharedItems } from '../../links/sharedItems.ts';
import type { Measure } from '../../model/entities.ts';
import type { Block, Run } from '../blocks.ts';
import type { ReportContext } from '../context.ts';
import { bold, fill, gapPara, h1, h2, italic, label, list, para, run, table } from '../fmt.ts';

/** Longest list printed in full; the rest is counted. */
const LIST_MAX = 20;

function placedMeasures(ctx: ReportContext): Measure[] {
  return Object.values(ctx.doc.measures)
    .filter((m) => (ctx.ix.risksByMeasure.get(m.id) ?? []).length > 0)
    .sort((a, b) => a.label.localeCompare(b.label, ctx.tx.locale));
}

function measureItem(ctx: ReportContext, m: Measure): Run[] {
  const owner = ctx.partnerName(m.ownerId);
  return [bold(m.label), ...(owner ? [run(` (${owner})`)] : []), italic(` — ${ctx.riskCodes(ctx.ix.risksByMeasure.get(m.id) ?? [])}`)];
}

function cappedList(ctx: ReportContext, items: Run[][]): Block[] {
  if (items.length <= LIST_MAX) return [list(items)];
  return [list(items.slice(0, LIST_MAX)), para(italic(fill(ctx.tx.ivrp.more, { n: items.length - LIST_MAX })))];
}

function partners(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const { rows } = partnerRisks(ctx.doc, ctx.ix, ctx.tx.locale);
  const out: Block[] = [h2(t.capPartners)];
  if (rows.length === 0) return [...out, gapPara(ctx.tx, t.capPartnersNone)];
  out.push(para(t.capPartnersIntro));
  out.push(
    table(
      [
        [t.colPartner, 3.4],
        [t.colExisting, 1.3],
        [t.colPlanned, 1.3],
        [t.colMissing, 1.4],
        [t.colRisks, 3.6],
      ],
      rows.map((r) => [r.partner.name, String(r.status.existing), String(r.status.planned), String(r.status.missing), ctx.riskCodes(r.riskIds)]),
    ),
  );
  // A partners × risks grid only fits the page for a handful of worked-out risks.
  const worked = ctx.ix.risks.filter((r) => r.status === 'workedOut');
  if (worked.length >= 2 && worked.length <= 8) {
    out.push(label(t.capMatrix), para(t.capMatrixIntro));
    out.push(
      table(
        [[t.colPartner, 3.4], ...worked.map((r): [string, number] => [r.code || r.title, 1])],
        rows.map((r) => [r.partner.name, ...worked.map((w) => String(r.perRisk.get(w.id) || ctx.tx.none))]),
      ),
    );
  }
  return out;
}

function strengths(ctx: ReportContext, measures: Measure[]): Block[] {
  const t = ctx.tx.ivrp;
  const strong = measures.filter((m) => m.status === 'existing' && m.effectiveness === 'good');
  const weak = measures.filter((m) => m.status === 'missing' || m.effectiveness === 'weak');
  return [
    h2(t.capStrengths),
    ...(strong.length ? [para(t.capStrong), ...cappedList(ctx, strong.map((m) => measureItem(ctx, m)))] : [para(t.capStrongNone)]),
    ...(weak.length
      ? [para(t.capWeak), ...cappedList(ctx, weak.map((m) => [...measureItem(ctx, m), run(` (${m.status === 'missing' ? ctx.tx.vocab.status.missing : ctx.tx.vocab.effectiveness.weak})`)]))]
      : [para(t.capWeakNone)]),
  ];
}

function shared(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const { causes, measures: sharedMeasures } = sharedItems(ctx.doc, ctx.ix, ctx.tx.locale);
  const out: Block[] = [h2(t.capShared), para(t.capSharedIntro)];
  if (causes.length === 0 && sharedMeasures.length === 0) return [...out, para(t.capSharedNone)];
  if (causes.length > 0) {
    out.push(label(t.capSharedCauses));
    out.push(
      table(
        [
          [t.colCause, 5],
          [t.colRisks, 5],
        ],
        causes.map((c) => [c.cause.label, ctx.and(c.riskIds.map((id) => ctx.riskRef(id)))]),
      ),
    );
  }
  if (sharedMeasures.length > 0) {
    out.push(label(t.capSharedMeasures));
    out.push(
      table(
        [
          [t.colMeasure, 4],
          [t.colOwner, 2.5],
          [t.colRisks, 4],
        ],
        sharedMeasures.map((m) => [m.measure.label, ctx.partnerName(m.measure.ownerId) ?? ctx.tx.none, ctx.and(m.riskIds.map((id) => ctx.riskRef(id)))]),
      ),
    );
  }
  return out;
}

function quickWins(ctx: ReportContext, measures: Measure[]): Block[] {
  const t = ctx.tx.ivrp;
  const wins = measures.filter((m) => m.quickWin);
  return [h2(t.capQuickWins), ...(wins.length ? [para(t.capQuickWinsIntro), ...cappedList(ctx, wins.map((m) => measureItem(ctx, m)))] : [gapPara(ctx.tx, t.capQuickWinsNone)])];
}

export function capacities(ctx: ReportContext): Block[] {
  const measures = placedMeasures(ctx);
  return [h1(ctx.tx.ivrp.capacities), ...partners(ctx), ...strengths(ctx, measures), ...shared(ctx), ...quickWins(ctx, measures)];
}
