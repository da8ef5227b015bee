/**
 * Where two copies parted: the newest save both histories hold. Saves are identified by id, so a
 * clock that runs wrong on one machine does not move the parting; its time (`savedAt` of that
 * save, written by the machine that made it) is what the entities' stamps are compared with.
 */
import type { SaveRecord } from '../model/entities.ts';
import type { Parting } from './types.ts';

export function partingOf(mine: readonly SaveRecord[], theirs: readonly SaveRecord[]): Parting {
  const theirIds = new Set(theirs.map((r) => r.id));
  let best: SaveRecord | null = null;
  for (const r of mine) if (theirIds.has(r.id) && (best === null || r.savedAt > best.savedAt)) best = r;
  return { save: best, at: best?.savedAt ?? null };
}

/** Both lineages in one, oldest first, each save once (mine's copy of a shared record wins). */
export function unionHistory(mine: readonly SaveRecord[], theirs: readonly SaveRecord[]): SaveRecord[] {
  const byId = new Map<string, SaveRecord>();
  for (const r of [...theirs, ...mine]) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The newest save of a lineage. */
export function lastSave(history: readonly SaveRecord[]): SaveRecord | null {
  let best: SaveRecord | null = null;
  for (const r of history) if (best === null || r.savedAt >= best.savedAt) best = r;
  return best;
}
