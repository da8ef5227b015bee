/**
 * The IVRP report as a content model, following shared/domain/report-outlines.md: title page,
 * table of contents, summary, chapters 1–7 and the appendices.
 */
import type { ProjectDoc } from '../../model/doc.ts';
import type { ReportDoc } from '../blocks.ts';
import { classificationOf } from '../classification.ts';
import { reportContext, type ReportOptions } from '../context.ts';
import { fill } from '../fmt.ts';
import { assessment } from './assessment.ts';
import { capacities } from './capacities.ts';
import { appendices, conclusions } from './conclusions.ts';
import { footerVersion, ivrpTitle, municipalityName, summary, titlePage } from './front.ts';
import { areaDescription, introduction } from './introduction.ts';
import { inventory } from './inventory.ts';
import { workedOut } from './workedOut.ts';

/** Builds the IVRP report of `doc`. With `publication`, confidential items are left out everywhere. */
export function buildIvrp(doc: ProjectDoc, opts: ReportOptions = {}): ReportDoc {
  const ctx = reportContext(doc, opts);
  const t = ctx.tx.ivrp;
  return {
    lang: ctx.lang,
    title: ivrpTitle(ctx),
    titlePage: titlePage(ctx),
    source: ctx.doc,
    drawn: ctx.drawn,
    footer: (fill(t.footer, { municipality: municipalityName(ctx) }).trim() + footerVersion(ctx)).trim(),
    classification: classificationOf(ctx),
    blocks: [
      // Every chapter (heading 1) starts on a new page; the renderers do that through the style.
      { kind: 'toc', title: t.toc },
      ...summary(ctx),
      ...introduction(ctx),
      ...areaDescription(ctx),
      ...inventory(ctx),
      ...assessment(ctx),
      ...workedOut(ctx),
      ...capacities(ctx),
      ...conclusions(ctx),
      ...appendices(ctx),
    ],
  };
}
