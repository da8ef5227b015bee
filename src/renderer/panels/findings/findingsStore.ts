/**
 * Session state of the findings panel: whether it is expanded and which findings the user chose
 * to ignore ("Negeren"). Kept in memory only — the .vlinder file format has no place for
 * dismissed findings, so they come back after a restart.
 */
import { create } from 'zustand';

export interface FindingsState {
  open: boolean;
  /** Finding keys (Finding.key) the user dismissed this session. */
  dismissed: ReadonlySet<string>;
  setOpen(open: boolean): void;
  dismiss(key: string): void;
  /** Brings back the dismissed findings among `keys` (those of the risk on screen). */
  restore(keys: readonly string[]): void;
}

export const useFindings = create<FindingsState>()((set) => ({
  open: false,
  dismissed: new Set(),
  setOpen: (open) => set({ open }),
  dismiss: (key) => set((s) => ({ dismissed: new Set(s.dismissed).add(key) })),
  restore: (keys) =>
    set((s) => {
      const next = new Set(s.dismissed);
      for (const k of keys) next.delete(k);
      return { dismissed: next };
    }),
}));
