/** How a risk's scores read in a report: the score line, the band cell, criterion labels. */
import type { Risk } from '../model/entities.ts';
import type { ScaleClass } from '../model/scalesSchema.ts';
import type { TableCell } from './blocks.ts';
import type { ReportContext } from './context.ts';
import { latestSessionOf } from '../model/ops/sessions.ts';
import { fill, longDate } from './fmt.ts';

function classOf(classes: readonly ScaleClass[], value: number): ScaleClass | null {
  return classes.find((c) => c.value === value) ?? null;
}

/** "Kans 4 (Waarschijnlijk) × impact 3 (Ernstig) = risicoscore 12 (Hoog)." or "not scored". */
export function scoreLine(ctx: ReportContext, riskId: string): string {
  const s = ctx.scores.get(riskId);
  if (!s) return ctx.tx.notScored;
  return `${scoreOnly(ctx, s)}${sessionCite(ctx, riskId)}`;
}

/** " Gescoord in de werksessie van 18 november 2026, 12 deelnemers." for the latest stored session that scored the risk; counts only, never who. */
export function sessionCite(ctx: ReportContext, riskId: string): string {
  const session = latestSessionOf(ctx.doc, riskId);
  return session ? ` ${fill(ctx.tx.scoredInSession, { date: longDate(session.heldOn, ctx.tx.locale), n: session.participantCount })}` : '';
}

function scoreOnly(ctx: ReportContext, s: NonNullable<ReturnType<ReportContext['scores']['get']>>): string {
  const scales = ctx.doc.project.scales;
  const l = classOf(scales.likelihood, s.likelihood);
  const i = classOf(scales.impact, s.impact);
  return fill(ctx.tx.scoreLine, {
    l: l?.code ?? s.likelihood,
    lLabel: l?.label ?? '',
    i: i?.code ?? s.impact,
    iLabel: i?.label ?? '',
    score: s.score,
    band: s.band ? ` (${s.band.label})` : '',
  }).replace(' ()', '');
}

/** The code of a class as users see it ("4" or "D"). */
export function classCode(classes: readonly ScaleClass[], value: number): string {
  return classOf(classes, value)?.code ?? String(value);
}

/** A light tint of a band colour, so black text on it stays readable in print. */
export function tint(hex: string, amount = 0.55): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * amount + 255 * (1 - amount));
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
}

/** The band of a risk as a table cell: its label on a tint of its colour (never colour alone). */
export function bandCell(ctx: ReportContext, riskId: string): TableCell {
  const band = ctx.scores.get(riskId)?.band;
  if (!band) return { runs: [{ text: ctx.tx.none }] };
  return { runs: [{ text: band.label }], fill: tint(band.color) };
}

/** The option label of an extra criterion (trend, urgency, …) for a risk, or null. */
export function criterionLabel(ctx: ReportContext, riskId: string, criterionId: string): string | null {
  const value = ctx.criteria.get(riskId)?.get(criterionId);
  const crit = ctx.doc.project.scales.criteria.find((c) => c.id === criterionId);
  if (value === undefined || !crit) return null;
  return crit.options[Math.round(value) - 1] ?? String(value);
}

export function adviceLabel(ctx: ReportContext, risk: Risk): string {
  return risk.priorityAdvice ? ctx.tx.vocab.advice[risk.priorityAdvice] : ctx.tx.none;
}

/** Scored risks from the highest score down (ties: likelihood, then register order). */
export function risksByScore(ctx: ReportContext): Risk[] {
  const rank = new Map(ctx.ix.risks.map((r, i) => [r.id, i]));
  return ctx.ix.risks
    .filter((r) => ctx.scores.get(r.id))
    .sort((a, b) => {
      const sa = ctx.scores.get(a.id)!;
      const sb = ctx.scores.get(b.id)!;
      return sb.score - sa.score || sb.likelihood - sa.likelihood || rank.get(a.id)! - rank.get(b.id)!;
    });
}
