/**
 * What can be linked into this bow-tie: causes and consequences of other risks (the same
 * concept then appears in both), and measures from anywhere that are not yet on the chosen
 * path. Matching ignores case and accents; the most widely used come first.
 */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { foldLabel as fold } from '../../shared/model/sameLabel.ts';

export type LinkTarget = { kind: 'cause' } | { kind: 'consequence' } | { kind: 'measure'; pathId: string };

export interface Candidate {
  id: string;
  label: string;
  /** Codes of the risks it appears in, in register order. */
  riskCodes: string[];
  /** Lines (causes, consequences) or placements (measures) using it. */
  places: number;
}

export function linkCandidates(doc: ProjectDoc, riskId: string, target: LinkTarget, query: string, limit = 8): Candidate[] {
  const uses = new Map<string, { risks: Set<string>; places: number }>();
  const note = (id: string, risk: string) => {
    let u = uses.get(id);
    if (!u) uses.set(id, (u = { risks: new Set(), places: 0 }));
    u.risks.add(risk);
    u.places++;
  };
  const exclude = new Set<string>();
  let labels: Record<string, { id: string; label: string }>;
  if (target.kind === 'cause') {
    labels = doc.causes;
    for (const l of Object.values(doc.riskCauses)) {
      note(l.causeId, l.riskId);
      if (l.riskId === riskId) exclude.add(l.causeId);
    }
  } else if (target.kind === 'consequence') {
    labels = doc.consequences;
    for (const l of Object.values(doc.riskConsequences)) {
      note(l.consequenceId, l.riskId);
      if (l.riskId === riskId) exclude.add(l.consequenceId);
    }
  } else {
    labels = doc.measures;
    for (const p of Object.values(doc.placements)) {
      note(p.measureId, p.riskId);
      if (p.pathId === target.pathId) exclude.add(p.measureId);
    }
  }
  const q = fold(query);
  const order = new Map(Object.values(doc.risks).sort((a, b) => a.order - b.order).map((r, i) => [r.id, i]));
  const out: (Candidate & { rank: number })[] = [];
  for (const item of Object.values(labels)) {
    if (exclude.has(item.id) || !item.label.trim()) continue;
    const label = fold(item.label);
    const at = q ? label.indexOf(q) : 0;
    if (at < 0) continue;
    const u = uses.get(item.id);
    const risks = [...(u?.risks ?? [])].filter((r) => order.has(r)).sort((a, b) => order.get(a)! - order.get(b)!);
    out.push({ id: item.id, label: item.label, riskCodes: risks.map((r) => doc.risks[r]!.code), places: u?.places ?? 0, rank: at === 0 ? 0 : 1 });
  }
  out.sort((a, b) => a.rank - b.rank || b.places - a.places || a.label.localeCompare(b.label, 'nl'));
  return out.slice(0, limit).map(({ rank: _rank, ...c }) => c);
}
