/**
 * The classification a report carries in the header of every page: the highest confidentiality
 * of the project and of what the document contains. A document with confidential items says so
 * on each page, so a printed page that gets loose still shows it; a publication without them
 * carries no mark.
 */
import type { Confidentiality } from '../model/vocab.ts';
import type { ReportContext } from './context.ts';
import { riskParts } from './riskParts.ts';

const RANK: Record<Confidentiality, number> = { public: 0, internal: 1, confidential: 2 };

/** The page-header line for the document, or null for a public one. `riskIds` limits it to those risks (an IVP chapter). */
export function classificationOf(ctx: ReportContext, riskIds?: readonly string[]): string | null {
  // A publication is marked by what it still holds; the project's own label is for the working file.
  const levels: Confidentiality[] = ctx.publication ? [] : [ctx.doc.project.confidentiality];
  if (riskIds) {
    for (const id of riskIds) {
      const risk = ctx.doc.risks[id];
      if (risk) levels.push(risk.confidentiality);
      const parts = riskParts(ctx, id);
      levels.push(...parts.causes.map((c) => c.cause.confidentiality), ...parts.consequences.map((c) => c.consequence.confidentiality), ...parts.measures.map((u) => u.measure.confidentiality));
    }
  } else {
    for (const all of [ctx.doc.risks, ctx.doc.causes, ctx.doc.consequences, ctx.doc.measures]) for (const x of Object.values(all)) levels.push(x.confidentiality);
  }
  const top = levels.reduce<Confidentiality>((a, b) => (RANK[b] > RANK[a] ? b : a), 'public');
  return top === 'public' ? null : ctx.tx.classification[top];
}
