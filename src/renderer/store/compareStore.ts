/**
 * The comparison with another copy of the open project, while the compare panel shows it: the
 * result (or the refusal) and which side's changes the bow-tie marks. Tied to the session it was
 * made for, so a project opened later never shows another project's marks.
 */
import { create } from 'zustand';
import type { ApiErrorData } from '../../shared/api/errors.ts';
import type { CompareResult } from '../../shared/api/methods/merge.ts';
import type { Side } from '../../shared/merge/types.ts';

/** Whose changes the canvas marks: one side's, or both. */
export type MarkFilter = Side | 'both';

export interface CompareState {
  sessionId: string | null;
  /** The other copy's path. */
  path: string | null;
  result: CompareResult | null;
  error: ApiErrorData | null;
  filter: MarkFilter;
  show(sessionId: string, path: string, outcome: { result: CompareResult } | { error: ApiErrorData }): void;
  setFilter(filter: MarkFilter): void;
  close(): void;
}

export const useCompare = create<CompareState>()((set) => ({
  sessionId: null,
  path: null,
  result: null,
  error: null,
  filter: 'both',
  show: (sessionId, path, outcome) => set({ sessionId, path, result: 'result' in outcome ? outcome.result : null, error: 'error' in outcome ? outcome.error : null }),
  setFilter: (filter) => set({ filter }),
  close: () => set({ sessionId: null, path: null, result: null, error: null }),
}));
