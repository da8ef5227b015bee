/**
 * The differences of a comparison grouped as a user reads them: project-wide rows first (the
 * project, shared lists such as partners and areas), then per risk in register order.
 */
import type { Risk } from '../model/entities.ts';
import { byOrder } from '../model/ops/order.ts';
import type { EntityDiff } from './types.ts';

export interface DiffGroup {
  /** null for the project and shared lists. */
  riskId: string | null;
  /** The risk's code and title ('' for the project group). */
  label: string;
  diffs: EntityDiff[];
}

const LINES = new Set(['riskCauses', 'riskConsequences', 'placements']);
const CONCEPTS = new Set(['causes', 'consequences', 'measures']);

/**
 * A line (a cause in a bow-tie, a measure on a path) added or removed together with its concept
 * says the same thing twice; it is folded into the concept's entry.
 */
function fold(diffs: readonly EntityDiff[]): EntityDiff[] {
  const concepts = new Set(diffs.filter((d) => CONCEPTS.has(d.table) && (d.kind === 'added' || d.kind === 'removed')).map((d) => `${d.kind}\u0000${d.by}\u0000${d.label}`));
  return diffs.filter((d) => !(LINES.has(d.table) && !d.conflict && concepts.has(`${d.kind}\u0000${d.by}\u0000${d.label}`)));
}

/** What grouping needs of a risk: its place in the register and its name. */
export type RiskName = Pick<Risk, 'id' | 'code' | 'title' | 'order'>;

/** The risks of the other copy that the open one does not have (what the UI needs of theirs). */
export function risksOnlyIn(theirs: { risks: Record<string, Risk> }, mine: { risks: Record<string, Risk> }): RiskName[] {
  return Object.values(theirs.risks)
    .filter((r) => !Object.hasOwn(mine.risks, r.id))
    .map(({ id, code, title, order }) => ({ id, code, title, order }));
}

export function groupByRisk(diffs: readonly EntityDiff[], mine: { risks: Record<string, RiskName> }, theirs: { risks: Record<string, RiskName> }): DiffGroup[] {
  const groups = new Map<string | null, EntityDiff[]>();
  for (const d of fold(diffs)) {
    const g = groups.get(d.riskId);
    if (g) g.push(d);
    else groups.set(d.riskId, [d]);
  }
  const risk = (id: string) => mine.risks[id] ?? theirs.risks[id];
  const ids = [...groups.keys()].filter((k): k is string => k !== null && risk(k) !== undefined);
  ids.sort((a, b) => byOrder(risk(a)!, risk(b)!));
  const unknown = [...groups.keys()].filter((k): k is string => k !== null && risk(k) === undefined);
  const out: DiffGroup[] = [];
  const project = [...(groups.get(null) ?? []), ...unknown.flatMap((k) => groups.get(k)!)];
  if (project.length > 0) out.push({ riskId: null, label: '', diffs: project });
  for (const id of ids) {
    const r = risk(id)!;
    out.push({ riskId: id, label: [r.code, r.title].filter(Boolean).join(' '), diffs: groups.get(id)! });
  }
  return out;
}
