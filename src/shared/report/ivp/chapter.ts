/**
 * One IVP chapter "5.n Prioriteit: <title>" (report-outlines.md), fed by the risk's bow-tie,
 * goals, indicators, resources and measures. Empty fields become marked placeholders.
 */
import type { Risk } from '../../model/entities.ts';
import type { Block, Run } from '../blocks.ts';
import type { ReportContext } from '../context.ts';
import { bold, fill, gap, gapPara, h2, h3, italic, label, list, note, para, run, table, textParas } from '../fmt.ts';
import { bowtieFigure } from '../ivrp/workedOut.ts';
import { riskParts, type RiskParts } from '../riskParts.ts';
import { scoreLine } from '../scoreText.ts';
import { actionOf, trackOf, TRACKS } from './tracks.ts';

function why(ctx: ReportContext, risk: Risk): Block[] {
  const t = ctx.tx.ivp;
  const ti = ctx.tx.ivrp;
  const out: Block[] = [h3(t.why)];
  const text = textParas(risk.description);
  out.push(...(text.length ? text : [gapPara(ctx.tx, t.whyMissing)]));
  const facts: Run[] = [];
  if (risk.hazard) facts.push(bold(`${ti.hazard}: `), run(`${risk.hazard}. `));
  if (risk.centralEvent) facts.push(bold(`${ti.centralEvent}: `), run(`${risk.centralEvent}.`));
  if (facts.length) out.push(para(...facts));
  out.push(para(scoreLine(ctx, risk.id)));
  const picked = ctx.criteria.get(risk.id);
  const rl = picked?.get('residual.likelihood');
  const ri = picked?.get('residual.impact');
  if (rl !== undefined && ri !== undefined) out.push(para(bold(t.residual), run(`${rl} × ${ri} = ${rl * ri}`)));
  if (risk.evidence.trim()) out.push(para(bold(t.evidence), run(risk.evidence.trim().replace(/\s+/g, ' '))));
  return out;
}

function causes(ctx: ReportContext, risk: Risk, parts: RiskParts): Block[] {
  const t = ctx.tx.ivp;
  // Labels only: the chapter summarises the bow-tie; descriptions may hold case-level detail.
  const out: Block[] = [h3(t.causes)];
  const bowtie = ctx.hasBowtie(risk.id);
  if (risk.centralEvent && bowtie) out.push(para(fill(t.causesIntro, { event: risk.centralEvent })));
  out.push(label(t.causesList), parts.causes.length ? list(parts.causes.map((c) => c.cause.label)) : para(ctx.tx.ivrp.noCauses));
  out.push(label(t.consequencesList), parts.consequences.length ? list(parts.consequences.map((c) => c.consequence.label)) : para(ctx.tx.ivrp.noConsequences));
  // No figure (and no page of its own) for a risk without a bow-tie.
  if (bowtie) out.push(...bowtieFigure(ctx, risk));
  return out;
}

function goals(ctx: ReportContext, risk: Risk): Block[] {
  const t = ctx.tx.ivp;
  const items = risk.goals.map((g) => g.trim()).filter(Boolean);
  return [h3(t.goals), items.length ? list(items) : gapPara(ctx.tx, t.goalsMissing)];
}

function approach(ctx: ReportContext, parts: RiskParts): Block[] {
  const t = ctx.tx.ivp;
  const v = ctx.tx.vocab;
  const actions = { keep: t.actionKeep, strengthen: t.actionStrengthen, carryOut: t.actionCarryOut, add: t.actionAdd };
  const out: Block[] = [h3(t.approach), para(t.approachIntro)];
  for (const track of TRACKS) {
    const uses = parts.measures.filter((u) => trackOf(u.measure, u) === track);
    out.push(label(v.track[track]));
    if (uses.length === 0) {
      out.push(para(italic(t.trackEmpty)));
      continue;
    }
    out.push(
      table(
        [
          [ctx.tx.ivrp.colMeasure, 4],
          [ctx.tx.ivrp.colOwner, 2.6],
          [t.colNow, 2.2],
          [t.colAction, 2],
          [t.colWhen, 1.3],
        ],
        uses.map(({ measure: m }) => [
          m.label,
          ctx.partnerName(m.ownerId) ?? [gap(ctx.tx, ctx.tx.ivrp.ownerMissing)],
          m.status === 'existing' ? `${v.status.existing}, ${v.effectiveness[m.effectiveness]}` : v.status[m.status],
          actions[actionOf(m)],
          m.plannedYear ? String(m.plannedYear) : ctx.tx.none,
        ]),
      ),
    );
  }
  const wins = parts.measures.filter((u) => u.measure.quickWin);
  out.push(label(t.quickWins));
  out.push(wins.length ? list(wins.map((u) => u.measure.label)) : para(t.quickWinsNone));
  return out;
}

function who(ctx: ReportContext, risk: Risk, parts: RiskParts): Block[] {
  const t = ctx.tx.ivp;
  const byPartner = new Map<string, string[]>();
  // The roles recorded for this risk first (in their order), then the other owners of its measures.
  const roles = new Map(risk.partnerRoles.filter((r) => ctx.doc.partners[r.partnerId]).map((r) => [r.partnerId, r]));
  for (const id of roles.keys()) byPartner.set(id, []);
  for (const { measure: m } of parts.measures) if (m.ownerId && ctx.doc.partners[m.ownerId]) byPartner.set(m.ownerId, [...(byPartner.get(m.ownerId) ?? []), m.label]);
  const roleOf = (id: string): string | null => {
    const r = roles.get(id);
    if (!r) return ctx.doc.partners[id]!.role || null;
    const name = ctx.tx.vocab.partnerRole[r.role];
    return r.note.trim() ? fill(t.roleNote, { role: name, note: r.note.trim() }) : name;
  };
  const out: Block[] = [h3(t.who)];
  if (byPartner.size === 0) return [...out, gapPara(ctx.tx, t.whoNone)];
  out.push(para(t.whoIntro));
  out.push(
    table(
      [
        [ctx.tx.ivrp.colPartner, 3],
        [ctx.tx.ivrp.colRole, 3],
        [t.colMeasureCount, 4.5],
      ],
      [...byPartner.entries()].map(([id, labels]) => {
        const p = ctx.doc.partners[id]!;
        const role = roleOf(id);
        return [p.name, role ?? [gap(ctx.tx, t.roleMissing)], labels.length ? labels.join('; ') : ctx.tx.none];
      }),
    ),
  );
  return out;
}

function indicators(ctx: ReportContext, risk: Risk): Block[] {
  const t = ctx.tx.ivp;
  const out: Block[] = [h3(t.measure)];
  if (risk.indicators.length === 0) return [...out, gapPara(ctx.tx, t.indicatorsMissing), note(t.indicatorsHint)];
  const cell = (value: string, what: string) => (value.trim() ? value.trim() : [gap(ctx.tx, what)]);
  out.push(
    table(
      [
        [t.colIndicator, 3.6],
        [t.colSource, 2.2],
        [t.colBaseline, 2],
        [t.colTarget, 2],
        [t.colMoment, 1.8],
      ],
      risk.indicators.map((ind) => [
        cell(ind.indicator, t.cellIndicator),
        cell(ind.source, t.cellSource),
        ind.baseline.trim() ? `${ind.baseline.trim()}${ind.baselineYear ? ` (${ind.baselineYear})` : ''}` : [gap(ctx.tx, t.cellBaseline)],
        cell(ind.target, t.cellTarget),
        cell(ind.measureMoment, t.cellMoment),
      ]),
    ),
  );
  return out;
}

function cost(ctx: ReportContext, risk: Risk, parts: RiskParts): Block[] {
  const t = ctx.tx.ivp;
  const out: Block[] = [h3(t.cost)];
  const capacity = risk.resources.trim().replace(/\s+/g, ' ');
  const budget = risk.budget.trim().replace(/\s+/g, ' ');
  if (capacity) out.push(para(bold(t.capacity), run(capacity)));
  if (budget) out.push(para(bold(t.budget), run(budget)));
  if (!capacity && !budget) out.push(gapPara(ctx.tx, t.costMissing));
  const notes = parts.measures.filter((u) => u.measure.budgetNote.trim());
  if (notes.length) out.push(label(t.costBudgets), list(notes.map((u) => [bold(u.measure.label), run(`: ${u.measure.budgetNote.trim()}`)])));
  return out;
}

function policy(ctx: ReportContext, risk: Risk, parts: RiskParts): Block[] {
  const t = ctx.tx.ivp;
  const v = ctx.tx.vocab.domain;
  const out: Block[] = [h3(t.policy)];
  for (const domain of ['social', 'physical', 'economic'] as const) {
    const ms = parts.measures.filter((u) => u.measure.domain === domain).map((u) => u.measure.label);
    if (ms.length) out.push(para(fill(t.policyDomain, { domain: v[domain], measures: ctx.and(ms) })));
  }
  const text = textParas(risk.policyRelations);
  out.push(...(text.length ? text : [gapPara(ctx.tx, t.policyMissing)]));
  return out;
}

/** The blocks of one priority chapter; `n` numbers it within chapter 5. */
export function ivpChapter(ctx: ReportContext, risk: Risk, n: number): Block[] {
  const parts = riskParts(ctx, risk.id);
  return [
    h2(fill(ctx.tx.ivp.priority, { n, title: risk.title })),
    ...why(ctx, risk),
    ...causes(ctx, risk, parts),
    ...goals(ctx, risk),
    ...approach(ctx, parts),
    ...who(ctx, risk, parts),
    ...indicators(ctx, risk),
    ...cost(ctx, risk, parts),
    ...policy(ctx, risk, parts),
  ];
}
