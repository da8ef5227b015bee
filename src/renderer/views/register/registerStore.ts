/**
 * View state of the register, shared with the matrix: the filters (so "filter by field" also
 * narrows the matrix), the sort order and the active cell. Not part of the document.
 */
import { create } from 'zustand';
import { NO_FILTER, type RegisterFilter, type SortKey } from '../../../shared/register/filterRows.ts';

export interface RegisterViewState {
  filter: RegisterFilter;
  sort: { by: SortKey; dir: 'asc' | 'desc' };
  /** Active cell: risk id and column id. */
  active: { riskId: string; col: string } | null;
  setFilter(patch: Partial<RegisterFilter>): void;
  clearFilter(): void;
  sortBy(by: SortKey): void;
  setActive(active: { riskId: string; col: string } | null): void;
}

export const useRegisterView = create<RegisterViewState>()((set) => ({
  filter: NO_FILTER,
  sort: { by: 'order', dir: 'asc' },
  active: null,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: NO_FILTER }),
  sortBy: (by) => set((s) => ({ sort: { by, dir: s.sort.by === by && s.sort.dir === 'asc' ? 'desc' : 'asc' } })),
  setActive: (active) => set({ active }),
}));

/** True when any filter is set. */
export function isFiltered(f: RegisterFilter): boolean {
  return Boolean(f.text || f.fieldId || f.themeId || f.areaId || f.status || f.bandId || f.priority || f.review);
}
