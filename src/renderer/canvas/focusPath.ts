/**
 * "Focus on one path" (Alt+F): the node keys of the cause or consequence path the selection
 * is on — the line, its measures, their escalation factors and the measures against those —
 * plus the hazard and the central event. Everything else is dimmed.
 */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { causeKey, consequenceKey, escKey, measureKey, parseNodeKey } from './nodeKey.ts';

/** The keys to keep bright, or null when the selection is not on a path (nothing to dim). */
export function focusPathKeys(doc: ProjectDoc, selection: string | null): Set<string> | null {
  const line = rootLine(doc, selection);
  if (!line) return null;
  const keys = new Set<string>(['event', 'hazard', line.kind === 'cause' ? causeKey(line.id) : consequenceKey(line.id)]);
  const placementsByPath = new Map<string, string[]>();
  for (const p of Object.values(doc.placements)) {
    const list = placementsByPath.get(p.pathId);
    if (list) list.push(p.id);
    else placementsByPath.set(p.pathId, [p.id]);
  }
  const factorsByPlacement = new Map<string, string[]>();
  for (const f of Object.values(doc.escalationFactors)) {
    const list = factorsByPlacement.get(f.placementId);
    if (list) list.push(f.id);
    else factorsByPlacement.set(f.placementId, [f.id]);
  }
  const walk = (pathId: string, depth: number): void => {
    if (depth > 4) return;
    for (const placementId of placementsByPath.get(pathId) ?? []) {
      keys.add(measureKey(placementId));
      for (const factorId of factorsByPlacement.get(placementId) ?? []) {
        keys.add(escKey(factorId));
        walk(factorId, depth + 1);
      }
    }
  };
  walk(line.id, 0);
  return keys;
}

/** The cause or consequence line a node belongs to, following escalation factors upward. */
function rootLine(doc: ProjectDoc, key: string | null): { kind: 'cause' | 'consequence'; id: string } | null {
  let ref = parseNodeKey(key);
  for (let hops = 0; ref && hops < 8; hops++) {
    if (ref.kind === 'cause') return doc.riskCauses[ref.id] ? { kind: 'cause', id: ref.id } : null;
    if (ref.kind === 'consequence') return doc.riskConsequences[ref.id] ? { kind: 'consequence', id: ref.id } : null;
    if (ref.kind === 'measure') {
      const p = doc.placements[ref.id];
      if (!p) return null;
      ref = p.pathKind === 'cause' ? { kind: 'cause', id: p.pathId } : p.pathKind === 'consequence' ? { kind: 'consequence', id: p.pathId } : { kind: 'esc', id: p.pathId };
    } else if (ref.kind === 'esc') {
      const f = doc.escalationFactors[ref.id];
      if (!f) return null;
      ref = { kind: 'measure', id: f.placementId };
    } else return null;
  }
  return null;
}
