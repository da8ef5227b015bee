/** How many causes, consequences and measures of a risk are marked confidential (hidden on a projector). */
import type { ProjectDoc } from '../../shared/model/doc.ts';

export function confidentialCount(doc: ProjectDoc, riskId: string): number {
  let n = 0;
  for (const l of Object.values(doc.riskCauses)) if (l.riskId === riskId && doc.causes[l.causeId]?.confidentiality === 'confidential') n++;
  for (const l of Object.values(doc.riskConsequences)) if (l.riskId === riskId && doc.consequences[l.consequenceId]?.confidentiality === 'confidential') n++;
  const seen = new Set<string>();
  for (const p of Object.values(doc.placements)) {
    if (p.riskId !== riskId || seen.has(p.measureId)) continue;
    seen.add(p.measureId);
    if (doc.measures[p.measureId]?.confidentiality === 'confidential') n++;
  }
  return n;
}
