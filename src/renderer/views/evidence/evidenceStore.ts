/**
 * The evidence files read in this session and the user's choices of which risk each kind counts
 * towards. Held per open project (by session id); reading a table again replaces the earlier
 * read of that table, so a newer download simply takes over.
 */
import { create } from 'zustand';
import type { EvidenceMapping } from '../../../shared/evidence/mapping.ts';
import type { EvidenceImport } from '../../../shared/evidence/types.ts';

interface EvidenceState {
  sessionId: string | null;
  imports: EvidenceImport[];
  overrides: EvidenceMapping;
  forSession(sessionId: string | null): void;
  add(result: EvidenceImport): void;
  remove(tableId: string): void;
  setRisk(kind: string, riskId: string | null): void;
}

export const useEvidence = create<EvidenceState>()((set, get) => ({
  sessionId: null,
  imports: [],
  overrides: {},
  forSession(sessionId) {
    if (get().sessionId !== sessionId) set({ sessionId, imports: [], overrides: {} });
  },
  add(result) {
    set((s) => ({ imports: [...s.imports.filter((i) => i.tableId !== result.tableId), result] }));
  },
  remove(tableId) {
    set((s) => ({ imports: s.imports.filter((i) => i.tableId !== tableId) }));
  },
  setRisk(kind, riskId) {
    set((s) => ({ overrides: { ...s.overrides, [kind]: riskId } }));
  },
}));
