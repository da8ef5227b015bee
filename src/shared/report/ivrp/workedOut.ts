/**
 * Chapter 5 of the IVRP: per worked-out risk its bow-tie, causes, consequences, measures per
 * partner, escalation factors, gaps, and links with other risks and domains.
 */
import type { Risk } from '../../model/entities.ts';
import type { Block, Run } from '../blocks.ts';
import type { ReportContext } from '../context.ts';
import { bold, counted, fill, gap, gapPara, h1, h2, h3, italic, list, para, run, table, textParas } from '../fmt.ts';
import { riskParts, sideLabel, type RiskParts } from '../riskParts.ts';
import { scoreLine } from '../scoreText.ts';

/** "(ook bij R03 en R07)" when a concept appears in other risks too. */
function alsoIn(ctx: ReportContext, riskIds: readonly string[] | undefined, self: string): Run[] {
  const others = (riskIds ?? []).filter((id) => id !== self);
  return others.length ? [italic(` (${fill(ctx.tx.alsoIn, { risks: ctx.riskCodes(others) })})`)] : [];
}

function conceptItem(ctx: ReportContext, labelText: string, description: string, riskIds: readonly string[] | undefined, self: string): Run[] {
  return [bold(labelText), ...(description.trim() ? [run(` — ${description.trim().replace(/\s+/g, ' ')}`)] : []), ...alsoIn(ctx, riskIds, self)];
}

/** The measures of one risk as a table: measure, side, owner, domain, status, effectiveness. */
export function measuresTable(ctx: ReportContext, parts: RiskParts): Block {
  const t = ctx.tx.ivrp;
  const v = ctx.tx.vocab;
  return table(
    [
      [t.colMeasure, 4.2],
      [t.colSide, 1.7],
      [t.colOwner, 2.6],
      [t.colDomain, 1.6],
      [t.colMeasureStatus, 1.6],
      [t.colEffectiveness, 1.7],
    ],
    parts.measures.map(({ measure: m, ...use }) => [
      m.label,
      sideLabel(ctx, { measure: m, ...use }),
      ctx.partnerName(m.ownerId) ?? [gap(ctx.tx, t.ownerMissing)],
      m.domain ? v.domain[m.domain] : ctx.tx.none,
      v.status[m.status],
      v.effectiveness[m.effectiveness],
    ]),
  );
}

function escalation(ctx: ReportContext, parts: RiskParts): Block[] {
  const t = ctx.tx.ivrp;
  if (parts.factors.length === 0) return [];
  return [
    h3(t.escalation),
    list(
      parts.factors.map((f) => [
        bold(f.factor.label),
        run(fill(t.escalationWeakens, { measure: f.weakens?.label ?? '?' })),
        // A factor whose only measures were left out of a publication does have a measure against it.
        run(f.against.length ? fill(t.escalationAgainst, { measures: ctx.and(f.against.map((m) => m.label)) }) : ctx.withheldOn(f.factor.id) ? '' : t.escalationNone),
      ]),
    ),
  ];
}

function gaps(ctx: ReportContext, parts: RiskParts): Block[] {
  const t = ctx.tx.ivrp;
  const items: string[] = [];
  for (const { measure: m } of parts.measures) {
    if (m.status === 'missing') items.push(fill(t.gapMissing, { measure: m.label }));
    else if (m.effectiveness === 'weak') items.push(fill(t.gapWeak, { measure: m.label }));
  }
  for (const c of parts.causesWithoutMeasure) items.push(fill(t.gapCause, { label: c.cause.label }));
  for (const c of parts.consequencesWithoutMeasure) items.push(fill(t.gapConsequence, { label: c.consequence.label }));
  return [h3(t.gaps), items.length ? list(items) : para(t.gapsNone)];
}

function links(ctx: ReportContext, risk: Risk, parts: RiskParts): Block[] {
  const t = ctx.tx.ivrp;
  const items: string[] = [];
  const others = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => id !== risk.id);
  for (const c of parts.causes) {
    const o = others(ctx.ix.risksByCause.get(c.cause.id));
    if (o.length) items.push(fill(t.linkCause, { label: c.cause.label, risks: ctx.and(o.map((id) => ctx.riskRef(id))) }));
  }
  for (const { measure: m } of parts.measures) {
    const o = others(ctx.ix.risksByMeasure.get(m.id));
    if (o.length) items.push(fill(t.linkMeasure, { label: m.label, risks: ctx.and(o.map((id) => ctx.riskRef(id))) }));
  }
  const domains = new Map<string, number>();
  for (const { measure: m } of parts.measures) if (m.domain) domains.set(m.domain, (domains.get(m.domain) ?? 0) + 1);
  const out: Block[] = [h3(t.links)];
  out.push(items.length ? list(items) : para(t.linksNone));
  if (domains.size > 0) {
    const v = ctx.tx.vocab.domain;
    const names = [...domains.entries()].sort((a, b) => b[1] - a[1]).map(([d, n]) => `${v[d as keyof typeof v]} (${n})`);
    out.push(para(fill(t.linkDomains, { domains: ctx.and(names) })));
  }
  return out;
}

/** The bow-tie figure of a risk. */
export function bowtieFigure(ctx: ReportContext, risk: Risk): Block[] {
  const t = ctx.tx.ivrp;
  return [{ kind: 'figure', image: { kind: 'bowtie', riskId: risk.id }, caption: fill(t.bowtieCaption, { code: risk.code, title: risk.title }).trim(), alt: fill(t.bowtieAlt, { title: risk.title }), layout: 'landscape' }];
}

function oneRisk(ctx: ReportContext, risk: Risk, n: number): Block[] {
  const t = ctx.tx.ivrp;
  const parts = riskParts(ctx, risk.id);
  const out: Block[] = [h2(`5.${n} ${risk.code} ${risk.title}`.replace(/\s+/g, ' '))];
  out.push(para(bold(`${t.hazard}: `), risk.hazard ? run(risk.hazard) : gap(ctx.tx, t.hazard.toLowerCase())));
  out.push(para(bold(`${t.centralEvent}: `), risk.centralEvent ? run(risk.centralEvent) : gap(ctx.tx, t.centralEvent.toLowerCase())));
  out.push(...textParas(risk.description), para(scoreLine(ctx, risk.id)));
  if (ctx.hasBowtie(risk.id)) out.push(...bowtieFigure(ctx, risk));
  out.push(h3(t.causes));
  out.push(parts.causes.length ? list(parts.causes.map((c) => conceptItem(ctx, c.cause.label, c.cause.description, ctx.ix.risksByCause.get(c.cause.id), risk.id))) : para(t.noCauses));
  out.push(h3(t.consequences));
  out.push(
    parts.consequences.length
      ? list(parts.consequences.map((c) => conceptItem(ctx, c.consequence.label, c.consequence.description, ctx.ix.risksByConsequence.get(c.consequence.id), risk.id)))
      : para(t.noConsequences),
  );
  out.push(h3(t.measures), parts.measures.length ? measuresTable(ctx, parts) : para(t.noMeasures));
  out.push(...escalation(ctx, parts), ...gaps(ctx, parts), ...links(ctx, risk, parts));
  return out;
}

export function workedOut(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const risks = ctx.ix.risks.filter((r) => r.status === 'workedOut');
  const out: Block[] = [h1(t.workedOut)];
  if (risks.length === 0) return [...out, gapPara(ctx.tx, t.workedOutNone)];
  out.push(para(counted(t.workedOutIntro, risks.length)));
  risks.forEach((r, i) => out.push(...oneRisk(ctx, r, i + 1)));
  return out;
}
