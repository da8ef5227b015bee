/** Chapter 4 of the IVRP: the scales, the scores per risk, the risk matrix and the trends. */
import type { Block } from '../blocks.ts';
import { evidencePerRisk } from './evidence.ts';
import type { ReportContext } from '../context.ts';
import { fill, gapPara, h1, h2, label, list, para, table } from '../fmt.ts';
import { adviceLabel, bandCell, classCode, criterionLabel, risksByScore, tint } from '../scoreText.ts';

function scales(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const s = ctx.doc.project.scales;
  const out: Block[] = [h2(t.scales), para(fill(t.scalesIntro, { l: s.likelihood.length, i: s.impact.length }))];
  const dims = s.impactDimensions.filter((d) => d.enabled);
  if (dims.length > 0) {
    out.push(para(fill(t.scalesDimensions, { dims: ctx.and(dims.map((d) => d.label.toLowerCase())), combine: s.impactCombine === 'max' ? t.combineMax : t.combineMean })));
  }
  const classTable = (classes: typeof s.likelihood) =>
    table(
      [
        [t.colClass, 1],
        [t.colLabel, 2.5],
        [t.colAnchor, 6],
      ],
      classes.map((c) => [c.code, c.label, c.anchor || ctx.tx.none]),
    );
  out.push(label(t.likelihoodTable), classTable(s.likelihood), label(t.impactTable), classTable(s.impact));
  out.push(para(t.bandsIntro));
  out.push(
    table(
      [
        [t.colBand, 2],
        [t.colRange, 3],
      ],
      s.bands.map((b) => [{ runs: [{ text: b.label }], fill: tint(b.color) }, fill(t.range, { min: b.min, max: b.max })]),
    ),
  );
  const criteria = s.criteria.filter((c) => c.enabled);
  if (criteria.length > 0) {
    out.push(para(t.criteriaIntro));
    out.push(list(criteria.map((c) => `${c.label}: ${c.options.join(' · ')}`)));
  }
  return out;
}

function scoreTable(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const s = ctx.doc.project.scales;
  const out: Block[] = [h2(t.scores)];
  const ranked = risksByScore(ctx);
  if (ranked.length === 0) return [...out, gapPara(ctx.tx, t.scoresNone)];
  const hasTrend = s.criteria.some((c) => c.id === 'trend' && c.enabled);
  out.push(para(t.scoresIntro));
  const cols: [string, number][] = [
    [t.colCode, 1],
    [t.colRisk, 4.2],
    [t.colLikelihood, 1.1],
    [t.colImpact, 1.3],
    [t.colScore, 1.1],
    [t.colBand, 2],
  ];
  if (hasTrend) cols.push([t.colTrend, 1.7]);
  cols.push([t.colAdvice, 2.2]);
  out.push(
    table(
      cols,
      ranked.map((r) => {
        const sc = ctx.scores.get(r.id)!;
        const row = [r.code, r.title, classCode(s.likelihood, sc.likelihood), classCode(s.impact, sc.impact), String(sc.score), bandCell(ctx, r.id)];
        if (hasTrend) row.push(criterionLabel(ctx, r.id, 'trend') ?? ctx.tx.none);
        row.push(adviceLabel(ctx, r));
        return row;
      }),
    ),
  );
  const unscored = ctx.ix.risks.filter((r) => !ctx.scores.get(r.id));
  if (unscored.length > 0) out.push(para(fill(t.notScoredList, { risks: ctx.riskCodes(unscored.map((r) => r.id)) })));
  return out;
}

function trends(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const out: Block[] = [h2(t.trends)];
  const crit = ctx.doc.project.scales.criteria.find((c) => c.id === 'trend' && c.enabled);
  const scored = ctx.ix.risks.filter((r) => ctx.criteria.get(r.id)?.has('trend'));
  if (!crit || scored.length === 0) return [...out, gapPara(ctx.tx, t.trendsMissing)];
  // Options run from strongly falling (1) to strongly rising (n); the middle one is stable.
  const mid = (crit.options.length + 1) / 2;
  const up = scored.filter((r) => ctx.criteria.get(r.id)!.get('trend')! > mid);
  const down = scored.filter((r) => ctx.criteria.get(r.id)!.get('trend')! < mid);
  const item = (id: string) => `${ctx.riskRef(id)} (${criterionLabel(ctx, id, 'trend')})`;
  if (up.length > 0) out.push(para(t.trendsUp), list(up.map((r) => item(r.id))));
  if (down.length > 0) out.push(para(t.trendsDown), list(down.map((r) => item(r.id))));
  out.push(para(t.trendsStable));
  return out;
}

export function assessment(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const hasScores = ctx.ix.risks.some((r) => ctx.scores.get(r.id));
  return [
    h1(t.assessment),
    ...scales(ctx),
    ...scoreTable(ctx),
    h2(t.matrix),
    ...(hasScores ? [{ kind: 'figure', image: { kind: 'matrix' }, caption: t.matrixCaption, alt: t.matrixAlt, layout: 'inline' } as Block] : [gapPara(ctx.tx, t.scoresNone)]),
    ...trends(ctx),
    ...evidencePerRisk(ctx, ctx.evidence),
  ];
}
