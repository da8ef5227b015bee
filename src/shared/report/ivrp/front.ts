/** The IVRP's title page and summary (report-outlines.md, part 0). */
import type { Block, TitlePage } from '../blocks.ts';
import type { ReportContext } from '../context.ts';
import { bold, counted, fill, gap, h1, label, list, longDate, para, run, table } from '../fmt.ts';
import { bandCell, adviceLabel, risksByScore } from '../scoreText.ts';

export function municipalityName(ctx: ReportContext): string {
  return ctx.doc.project.municipality.trim();
}

export function ivrpTitle(ctx: ReportContext): string {
  const t = ctx.tx.ivrp;
  return fill(t.docTitle, { municipality: municipalityName(ctx), year: ctx.date.slice(0, 4) }).replace(/\s+/g, ' ').trim();
}

/** " — versie 0.3" for the footer of every page, or '' when the project has no version. */
export function footerVersion(ctx: ReportContext): string {
  const version = ctx.doc.project.version.trim();
  return version ? fill(ctx.tx.ivrp.footerVersion, { version }) : '';
}

export function titlePage(ctx: ReportContext): TitlePage {
  const t = ctx.tx.ivrp;
  const p = ctx.doc.project;
  const status = p.status === 'final' ? t.statusFinal : t.statusDraft;
  const version = p.version.trim();
  const lines = [fill(t.date, { date: longDate(ctx.date, ctx.tx.locale) }), fill(t.status, { status: version ? fill(t.statusVersion, { status, version }) : status })];
  if (p.organisation.trim()) lines.push(fill(t.organisation, { organisation: p.organisation.trim() }));
  if (p.author.trim()) lines.push(fill(t.author, { author: p.author.trim() }));
  if (p.municipalityCode) lines.push(fill(t.municipalityCode, { code: p.municipalityCode }));
  if (ctx.publication) lines.push(ctx.omitInternal ? t.publicationInternal : t.publication);
  else lines.push(fill(t.confidentiality, { level: ctx.tx.vocab.confidentiality[p.confidentiality] }));
  lines.push(t.generated);
  return {
    kicker: t.kicker,
    title: [municipalityName(ctx), ctx.date.slice(0, 4)].filter(Boolean).join(' '),
    subtitle: p.period ? fill(t.subtitle, { period: p.period }) : t.subtitleNoPeriod,
    lines,
  };
}

const TOP = 10;

export function summary(ctx: ReportContext): Block[] {
  const t = ctx.tx.ivrp;
  const risks = ctx.ix.risks;
  const fields = new Set(risks.map((r) => ctx.themeOf(r).field?.id ?? ''));
  const scored = risks.filter((r) => ctx.scores.get(r.id)).length;
  const fieldCount = [...fields].filter(Boolean).length;
  const counts = [counted(t.summaryRisks, risks.length, { fields: counted(t.summaryFields, fieldCount) })];
  if (risks.length > 0) counts.push(counted(t.summaryScored, scored), counted(t.summaryWorkedOut, ctx.bowtieRisks.length));
  const out: Block[] = [h1(t.summary), para(counts.join(' '))];
  // The advice first: it is what the council reads; then the ranking and the matrix behind it.
  out.push(label(t.summaryPriorities));
  const priorities = risks.filter((r) => r.priorityAdvice === 'priority');
  if (priorities.length === 0) out.push(para(gap(ctx.tx, t.summaryNoPriorities)));
  else out.push(list(priorities.map((r) => [bold(`${r.code} ${r.title}`.trim()), ...(r.centralEvent ? [run(` — ${r.centralEvent}`)] : [])])));
  const top = risksByScore(ctx).slice(0, TOP);
  if (top.length > 0) {
    out.push(para(t.summaryTop));
    out.push(
      table(
        [
          [t.colCode, 1],
          [t.colRisk, 5],
          [t.colScore, 1.1],
          [t.colBand, 1.6],
          [t.colAdvice, 2.4],
        ],
        top.map((r) => [r.code, r.title, String(ctx.scores.get(r.id)!.score), bandCell(ctx, r.id), adviceLabel(ctx, r)]),
      ),
    );
    out.push({ kind: 'figure', image: { kind: 'matrix' }, caption: t.matrixCaption, alt: t.matrixAlt, layout: 'inline' });
  }
  return out;
}
