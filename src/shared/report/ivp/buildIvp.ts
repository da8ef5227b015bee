/**
 * IVP chapter documents: chapter 5 "Uitwerking per prioriteit" with all priorities, or one
 * document per priority. Meant to be pasted into the municipality's own IVP, so there is no title
 * page; the heading levels match (1 chapter, 2 priority, 3 sections).
 */
import type { ProjectDoc } from '../../model/doc.ts';
import type { Risk } from '../../model/entities.ts';
import type { ReportDoc } from '../blocks.ts';
import { classificationOf } from '../classification.ts';
import { reportContext, type ReportContext, type ReportOptions } from '../context.ts';
import { fill, gapPara, h1, longDate, note } from '../fmt.ts';
import { footerVersion } from '../ivrp/front.ts';
import { ivpChapter, ivpFigures } from './chapter.ts';

/** The risks that get a chapter: those advised as priority, in register order. */
export function priorityRisks(ctx: ReportContext): Risk[] {
  return ctx.ix.risks.filter((r) => r.priorityAdvice === 'priority');
}

function frame(ctx: ReportContext, title: string, risks: readonly Risk[], chapters: ReportDoc['blocks']): ReportDoc {
  const t = ctx.tx.ivp;
  const p = ctx.doc.project;
  const municipality = p.municipality.trim() || ctx.tx.ivrp.theMunicipality;
  return {
    lang: ctx.lang,
    title,
    titlePage: null,
    source: ctx.doc,
    drawn: ctx.drawn,
    classification: classificationOf(ctx, risks.map((r) => r.id)),
    footer: (fill(t.footer, { municipality: p.municipality.trim() }).replace(/\s+/g, ' ').trim() + footerVersion(ctx)).trim(),
    blocks: [note(fill(t.intro, { period: p.period || '…', municipality, date: longDate(ctx.date, ctx.tx.locale) })), h1(t.chapter), ...chapters],
  };
}

/** All priority chapters in one document. */
export function buildIvp(doc: ProjectDoc, opts: ReportOptions = {}): ReportDoc {
  const ctx = reportContext(doc, opts);
  const risks = priorityRisks(ctx);
  const chapters = risks.length ? [...risks.flatMap((r, i) => ivpChapter(ctx, r, i + 1)), ...risks.flatMap((r) => ivpFigures(ctx, r))] : [gapPara(ctx.tx, ctx.tx.ivp.noPriorities)];
  return frame(ctx, fill(ctx.tx.ivp.docTitle, { period: doc.project.period }).trim(), risks, chapters);
}

/** One document per priority, numbered as in the full chapter. */
export function buildIvpPerPriority(doc: ProjectDoc, opts: ReportOptions = {}): { risk: Risk; report: ReportDoc }[] {
  const ctx = reportContext(doc, opts);
  return priorityRisks(ctx).map((risk, i) => ({
    risk,
    report: frame(ctx, fill(ctx.tx.ivp.docTitleOne, { period: doc.project.period, title: risk.title }).trim(), [risk], [...ivpChapter(ctx, risk, i + 1), ...ivpFigures(ctx, risk)]),
  }));
}
