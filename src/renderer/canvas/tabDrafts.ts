/**
 * Where the keyboard goes from a label being typed, for capturing a bow-tie live: Tab moves on
 * to the next path ready to type a measure (a cause line's own measures first, then the next
 * line's; after the last line a new line of that side; a blank new cause moves on to the
 * consequences), Shift+Tab goes back a path, and Shift+Enter hangs an escalation factor under a
 * measure.
 */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { causeLines, consequenceLines } from '../../shared/model/query.ts';
import type { PathKind } from '../../shared/model/vocab.ts';
import type { Draft } from './drafts.ts';
import { parseNodeKey } from './nodeKey.ts';

export type Onward = 'next' | 'previous' | 'down';

type Side = 'cause' | 'consequence';

/** Where the keyboard stands: on a line's path (its label or one of its measures), or on a blank new line. */
type Spot = { side: Side; pathId: string } | { side: Side; blank: true };

function linesOf(doc: ProjectDoc, riskId: string, side: Side): string[] {
  return side === 'cause' ? causeLines(doc, riskId).map((l) => l.line.id) : consequenceLines(doc, riskId).map((l) => l.line.id);
}

/** The cause or consequence path a node sits on (an escalation factor's: the one of its measure). */
function spotOf(doc: ProjectDoc, key: string | null): Spot | null {
  const ref = parseNodeKey(key);
  if (!ref || !('id' in ref)) return null;
  if (ref.kind === 'cause') return doc.riskCauses[ref.id] ? { side: 'cause', pathId: ref.id } : null;
  if (ref.kind === 'consequence') return doc.riskConsequences[ref.id] ? { side: 'consequence', pathId: ref.id } : null;
  if (ref.kind === 'measure') return placementSpot(doc, ref.id);
  if (ref.kind === 'esc') {
    const f = doc.escalationFactors[ref.id];
    return f ? placementSpot(doc, f.placementId) : null;
  }
  return null;
}

function placementSpot(doc: ProjectDoc, placementId: string, depth = 0): Spot | null {
  const p = doc.placements[placementId];
  if (!p || depth > 8) return null;
  if (p.pathKind === 'cause' || p.pathKind === 'consequence') return { side: p.pathKind, pathId: p.pathId };
  const f = doc.escalationFactors[p.pathId];
  return f ? placementSpot(doc, f.placementId, depth + 1) : null;
}

const measureAtEnd = (riskId: string, side: PathKind, pathId: string): Draft => ({ kind: 'measure', riskId, pathKind: side, pathId });
const newLine = (riskId: string, side: Side): Draft => ({ kind: side, riskId });

/**
 * The draft that follows when the keyboard moves on from `key` (the element just named, or the
 * selection when the field was left blank); `blankLine`: the field was an empty new cause or
 * consequence. Null: nowhere to go.
 */
export function onwardDraft(doc: ProjectDoc, riskId: string, key: string | null, how: Onward, blankLine: Side | null, wasLine: boolean): Draft | null {
  if (how === 'down') {
    const ref = parseNodeKey(key);
    if (ref?.kind === 'measure' && doc.placements[ref.id]) return { kind: 'escalation', riskId, placementId: ref.id };
    if (ref?.kind === 'esc' && doc.escalationFactors[ref.id]) return { kind: 'escalation', riskId, placementId: doc.escalationFactors[ref.id]!.placementId, index: doc.escalationFactors[ref.id]!.order + 1 };
    const spot = spotOf(doc, key);
    return spot && 'pathId' in spot ? measureAtEnd(riskId, spot.side, spot.pathId) : null;
  }
  const spot: Spot | null = blankLine ? { side: blankLine, blank: true } : spotOf(doc, key);
  if (!spot) return null;
  const causes = linesOf(doc, riskId, 'cause');
  const consequences = linesOf(doc, riskId, 'consequence');
  if (how === 'next') {
    if ('blank' in spot) {
      if (spot.side === 'consequence') return null;
      const first = consequences[0];
      return first ? measureAtEnd(riskId, 'consequence', first) : newLine(riskId, 'consequence');
    }
    // A line just named: its own measures come first.
    if (wasLine) return measureAtEnd(riskId, spot.side, spot.pathId);
    const lines = spot.side === 'cause' ? causes : consequences;
    const after = lines[lines.indexOf(spot.pathId) + 1];
    return after ? measureAtEnd(riskId, spot.side, after) : newLine(riskId, spot.side);
  }
  // Back a path: the one above on this side, from the top of the consequences to the last cause.
  const lines = spot.side === 'cause' ? causes : consequences;
  const at = 'blank' in spot ? lines.length : lines.indexOf(spot.pathId);
  const before = lines[at - 1];
  if (before) return measureAtEnd(riskId, spot.side, before);
  const lastCause = causes[causes.length - 1];
  return spot.side === 'consequence' && lastCause ? measureAtEnd(riskId, 'cause', lastCause) : null;
}

