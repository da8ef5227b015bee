/**
 * The merge dialog: the other copy's path, what `merge.prepare` answered without choices (the
 * counts and the open conflicts), the user's choice per conflict, and a refusal to show.
 */
import { create } from 'zustand';
import type { ApiErrorData } from '../../../shared/api/errors.ts';
import type { PrepareResult } from '../../../shared/api/methods/merge.ts';
import type { Side } from '../../../shared/merge/types.ts';

export interface MergeDialogState {
  path: string | null;
  prepared: PrepareResult | null;
  choices: Record<string, Side>;
  error: ApiErrorData | null;
  busy: boolean;
  open(path: string, outcome: { prepared: PrepareResult } | { error: ApiErrorData }): void;
  choose(key: string, side: Side): void;
  chooseAll(side: Side): void;
  setBusy(busy: boolean): void;
  fail(error: ApiErrorData): void;
  close(): void;
}

const closed = { path: null, prepared: null, choices: {}, error: null, busy: false };

export const useMergeDialog = create<MergeDialogState>()((set) => ({
  ...closed,
  open: (path, outcome) => set({ ...closed, path, ...('prepared' in outcome ? { prepared: outcome.prepared } : { error: outcome.error }) }),
  choose: (key, side) => set((s) => ({ choices: { ...s.choices, [key]: side } })),
  chooseAll: (side) => set((s) => ({ choices: Object.fromEntries((s.prepared?.open ?? []).map((c) => [c.key, side])) })),
  setBusy: (busy) => set({ busy }),
  fail: (error) => set({ error, busy: false }),
  close: () => set(closed),
}));

/** The conflicts of the dialog that have no choice yet. */
export function undecided(s: Pick<MergeDialogState, 'prepared' | 'choices'>): number {
  return (s.prepared?.open ?? []).filter((c) => !s.choices[c.key]).length;
}
