/**
 * Which risk each counted kind belongs to. Defaults: a crime kind counts towards the starter risk
 * it belongs to (src/shared/evidence/crimeKinds.ts), found in the project by that risk's title —
 * so "Diefstal/inbraak woning" goes to the risk "Woninginbraak". The user overrides any kind
 * (another risk, or none); overrides win.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { rowsOf } from '../model/ops/read.ts';
import { foldLabel } from '../model/sameLabel.ts';
import type { StarterList } from '../starter/starterList.ts';
import { crimeKind } from './crimeKinds.ts';

/** kind → risk id (null: counted towards no risk). */
export type EvidenceMapping = Record<string, string | null>;

/** The default risk of each kind in `kinds`, or null when the project has no fitting risk. */
export function defaultMapping(doc: ProjectDoc, kinds: Iterable<string>, starter: StarterList | null): EvidenceMapping {
  const byTitle = new Map<string, string>();
  for (const r of rowsOf(doc.risks).sort((a, b) => a.order - b.order)) {
    const k = foldLabel(r.title);
    if (!byTitle.has(k)) byTitle.set(k, r.id);
  }
  const out: EvidenceMapping = {};
  for (const kind of kinds) {
    const key = crimeKind(kind)?.starter;
    const s = key ? starter?.risks.find((r) => r.key === key) : undefined;
    out[kind] = s ? (byTitle.get(foldLabel(s.title.nl)) ?? byTitle.get(foldLabel(s.title.en)) ?? null) : null;
  }
  return out;
}

/** The mapping in force: defaults, with the user's overrides (that still point at a risk) on top. */
export function effectiveMapping(doc: ProjectDoc, kinds: Iterable<string>, starter: StarterList | null, overrides: EvidenceMapping): EvidenceMapping {
  const out = defaultMapping(doc, kinds, starter);
  for (const [kind, riskId] of Object.entries(overrides)) {
    if (riskId === null || doc.risks[riskId]) out[kind] = riskId;
  }
  return out;
}
