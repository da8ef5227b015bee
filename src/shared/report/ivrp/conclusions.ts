/** Chapter 7 of the IVRP: the priority advice for the IVP, and the appendices. */
import { PRIORITY_ADVICE } from '../../model/vocab.ts';
import type { Block } from '../blocks.ts';
import { evidenceTables } from './evidence.ts';
import type { ReportContext } from '../context.ts';
import { bold, counted, fill, gap, gapPara, h1, h2, label, list, para, run, table } from '../fmt.ts';
import { classCode, criterionLabel, risksByScore } from '../scoreText.ts';

export function conclusions(ctx: ReportContext): Block[] {
  const { tx, doc } = ctx;
  const t = tx.ivrp;
  const risks = ctx.ix.risks;
  const bowties = ctx.bowtieRisks.length > 0;
  const introText = bowties ? t.conclusionsIntro : t.conclusionsIntroNoBowtie;
  const intro = [run(fill(introText, { period: doc.project.period }).replace(' :', ':'))];
  const out: Block[] = [h1(t.conclusions), para(...intro)];
  const rows = PRIORITY_ADVICE.map((a) => [tx.vocab.advice[a], risks.filter((r) => r.priorityAdvice === a).map((r) => r.id)] as const);
  const none = risks.filter((r) => !r.priorityAdvice).map((r) => r.id);
  out.push(
    table(
      [
        [t.colAdvice, 2.4],
        [t.colRisks, 7],
      ],
      [...rows, ...(none.length ? [[t.conclusionsNoAdvice, none] as const] : [])].map(([name, ids]) => [name, ids.length ? ctx.riskCodes(ids) : tx.none]),
    ),
  );

  out.push(h2(t.conclusionsPriorities));
  const priorities = risks.filter((r) => r.priorityAdvice === 'priority');
  if (priorities.length === 0) out.push(gapPara(tx, tx.ivrp.summaryNoPriorities));
  else {
    out.push(
      list(
        priorities.map((r) => {
          const s = ctx.scores.get(r.id);
          const score = s ? fill(t.priorityScore, { score: s.score, band: s.band?.label ?? tx.none }) : t.priorityNoScore;
          return [bold(`${r.code} ${r.title}`.trim()), run(` — ${score}${r.status === 'workedOut' && ctx.hasBowtie(r.id) ? t.priorityWorkedOut : ''}`)];
        }),
      ),
    );
  }
  // The motivering the user recorded with each choice; a gap only where one is still missing.
  const reasons = priorities.filter((r) => r.priorityReason.trim());
  if (priorities.length > 0 && reasons.length > 0) {
    out.push(label(t.conclusionsReasons));
    out.push(list(reasons.map((r) => [bold(`${r.code} ${r.title}`.trim()), run(`: ${r.priorityReason.trim().replace(/\s+/g, ' ')}`)])));
    const missing = priorities.filter((r) => !r.priorityReason.trim());
    if (missing.length) out.push(para(gap(tx, fill(t.conclusionsReasonMissing, { risk: ctx.riskCodes(missing.map((r) => r.id)) }))));
  } else out.push(para(gap(tx, t.conclusionsWhy)));

  out.push(h2(t.conclusionsRecommendations));
  const placed = Object.values(doc.measures).filter((m) => (ctx.ix.risksByMeasure.get(m.id) ?? []).length > 0);
  const facts = fill(t.conclusionsFacts, {
    missing: counted(t.factsMissing, placed.filter((m) => m.status === 'missing').length),
    weak: counted(t.factsWeak, placed.filter((m) => m.effectiveness === 'weak').length),
    quick: counted(t.factsQuick, placed.filter((m) => m.quickWin).length),
  });
  out.push(para(bowties ? facts : t.conclusionsFactsNoBowtie));
  out.push(gapPara(tx, t.conclusionsRecMissing));
  return out;
}

export function appendices(ctx: ReportContext): Block[] {
  const { tx, doc } = ctx;
  const t = tx.ivrp;
  const out: Block[] = [h1(t.appendices), h2(t.appSources)];
  const withEvidence = ctx.ix.risks.filter((r) => r.evidence.trim());
  if (withEvidence.length === 0) out.push(gapPara(tx, t.appSourcesNone));
  else
    out.push(
      table(
        [
          [t.colRisk, 3],
          [t.colEvidence, 7],
        ],
        withEvidence.map((r) => [ctx.riskRef(r.id), r.evidence.trim()]),
      ),
    );

  out.push(...evidenceTables(ctx, ctx.evidence));

  out.push(h2(t.appPartners));
  const partners = Object.values(doc.partners).sort((a, b) => a.name.localeCompare(b.name, tx.locale));
  if (partners.length === 0) out.push(gapPara(tx, t.partnersMissing));
  else
    out.push(
      table(
        [
          [t.colPartner, 3.5],
          [t.colKind, 2],
          [t.colRole, 4.5],
        ],
        partners.map((p) => [p.name, tx.vocab.partnerKind[p.kind], p.role || tx.none]),
      ),
    );

  out.push(h2(t.appTerms), list(t.terms.map(([term, def]) => [bold(term ?? ''), run(`: ${def ?? ''}`)])));

  const scales = doc.project.scales;
  const criteria = scales.criteria.filter((c) => c.enabled);
  // The full score table has a column per criterion: on landscape pages the headers stay whole.
  const wide = criteria.length > 2;
  if (wide) out.push({ kind: 'orientation', landscape: true });
  out.push(h2(t.appScores));
  const ranked = risksByScore(ctx);
  const unscored = ctx.ix.risks.filter((r) => !ctx.scores.get(r.id));
  const all = [...ranked, ...unscored];
  if (all.length === 0) out.push(gapPara(tx, t.scoresNone));
  else
    out.push(
      table(
        [[t.colCode, 1], [t.colRisk, 4], [t.colLikelihood, 1.1], [t.colImpact, 1.3], [t.colScore, 1.1], ...criteria.map((c): [string, number] => [c.label, wide ? 2.2 : 1.5])],
        all.map((r) => {
          const s = ctx.scores.get(r.id);
          return [
            r.code,
            r.title,
            s ? classCode(scales.likelihood, s.likelihood) : tx.none,
            s ? classCode(scales.impact, s.impact) : tx.none,
            s ? String(s.score) : tx.none,
            ...criteria.map((c) => criterionLabel(ctx, r.id, c.id) ?? tx.none),
          ];
        }),
      ),
    );
  if (wide) out.push({ kind: 'orientation', landscape: false });
  return out;
}
