/**
 * Undo history over immer patches. One entry per user gesture: edits made while a gesture is open
 * (a drag, a multi-step command) are merged into one entry. Loading a document is not undoable —
 * it resets the history. A change the working copy refuses removes only the entry that made it.
 */
import type { Patch } from 'immer';
import type { MergeLineage } from '../../shared/api/methods/merge.ts';

export interface HistoryEntry {
  /** Names the entry, so that a change the working copy refuses can drop exactly its own entry. */
  id: string;
  label: string;
  /** The risk that was in view, so undo can bring it back into view. */
  riskId: string | null;
  patches: Patch[];
  inverse: Patch[];
  /** A merge with another copy: the lineage the working copy holds while this entry is done (docStore). */
  lineage?: MergeLineage;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Open gesture id: edits with this id merge into the last entry. */
  gesture: string | null;
}

export const HISTORY_LIMIT = 500;

export function emptyHistory(): History {
  return { past: [], future: [], gesture: null };
}

/** Records an edit; merges it into the previous entry when it belongs to the same open gesture. */
export function record(h: History, entry: HistoryEntry, gesture: string | null): History {
  const last = h.past[h.past.length - 1];
  if (gesture !== null && h.gesture === gesture && last) {
    const merged: HistoryEntry = { ...last, patches: [...last.patches, ...entry.patches], inverse: [...entry.inverse, ...last.inverse] };
    return { past: [...h.past.slice(0, -1), merged], future: [], gesture };
  }
  const past = [...h.past, entry];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], gesture };
}

/** Moves the last entry to the future; returns it so the caller applies its inverse patches. */
export function undo(h: History): { history: History; entry: HistoryEntry } | null {
  const entry = h.past[h.past.length - 1];
  if (!entry) return null;
  return { history: { past: h.past.slice(0, -1), future: [entry, ...h.future], gesture: null }, entry };
}

/** Moves the next entry back to the past; returns it so the caller re-applies its patches. */
export function redo(h: History): { history: History; entry: HistoryEntry } | null {
  const entry = h.future[0];
  if (!entry) return null;
  return { history: { past: [...h.past, entry], future: h.future.slice(1), gesture: null }, entry };
}

/** Removes the entry `id` from the past or the future; every other entry stays undoable. */
export function dropEntry(h: History, id: string): History {
  const keep = (e: HistoryEntry) => e.id !== id;
  if (h.past.every(keep) && h.future.every(keep)) return h;
  return { past: h.past.filter(keep), future: h.future.filter(keep), gesture: null };
}
