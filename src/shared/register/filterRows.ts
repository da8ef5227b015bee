/** Filtering and sorting of register rows, as the register view offers them. */
import type { PriorityAdvice, RiskStatus } from '../model/vocab.ts';
import { matchesQuery } from '../model/sameLabel.ts';
import type { RegisterRow } from './registerRows.ts';

/** `null` means "all"; 'none' selects rows without a value (no band, no advice). */
export interface RegisterFilter {
  text: string;
  fieldId: string | null;
  themeId: string | null;
  areaId: string | null;
  status: RiskStatus | null;
  bandId: string | 'none' | null;
  priority: PriorityAdvice | 'none' | null;
  /** Only rows with a score that is off the current scale. */
  review: boolean;
}

export const NO_FILTER: RegisterFilter = { text: '', fieldId: null, themeId: null, areaId: null, status: null, bandId: null, priority: null, review: false };

export function filterRows(rows: readonly RegisterRow[], f: RegisterFilter): RegisterRow[] {
  const text = f.text.trim();
  return rows.filter((r) => {
    if (f.fieldId && r.field?.id !== f.fieldId) return false;
    if (f.themeId && r.theme?.id !== f.themeId && r.risk.themeId !== f.themeId) return false;
    if (f.areaId && !r.risk.areaIds.includes(f.areaId)) return false;
    if (f.status && r.risk.status !== f.status) return false;
    if (f.bandId && (f.bandId === 'none' ? r.band !== null : r.band?.id !== f.bandId)) return false;
    if (f.priority && (f.priority === 'none' ? r.risk.priorityAdvice !== null : r.risk.priorityAdvice !== f.priority)) return false;
    if (f.review && r.outOfRange.length === 0) return false;
    if (text && !matchesQuery(r.searchText, text)) return false;
    return true;
  });
}

/** Columns the register sorts by; a score criterion sorts by its value. */
export type SortKey = 'order' | 'code' | 'title' | 'field' | 'areas' | 'status' | 'score' | 'priority' | `value:${string}`;

const STATUS_RANK = { longlist: 0, selected: 1, workedOut: 2 } as const;
const PRIORITY_RANK = { priority: 0, strategic: 1, management: 2 } as const;

function key(r: RegisterRow, by: SortKey): string | number | null {
  switch (by) {
    case 'order':
      return r.risk.order;
    case 'code':
      return r.risk.code;
    case 'title':
      return r.risk.title;
    case 'field':
      return r.field ? `${String(r.field.order).padStart(4, '0')} ${r.theme ? String(r.theme.order).padStart(4, '0') : ''}` : null;
    case 'areas':
      return r.areas.map((a) => a.name).join(', ') || null;
    case 'status':
      return STATUS_RANK[r.risk.status];
    case 'score':
      return r.score;
    case 'priority':
      return r.risk.priorityAdvice ? PRIORITY_RANK[r.risk.priorityAdvice] : null;
    default:
      return r.values[by.slice(6)] ?? null;
  }
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * Sorts rows by `by` (empty values last in both directions), then by register order, so the
 * result is stable and deterministic.
 */
export function sortRows(rows: readonly RegisterRow[], by: SortKey, dir: 'asc' | 'desc' = 'asc'): RegisterRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a, by);
    const kb = key(b, by);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else {
      const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
      if (c !== 0) return c * sign;
    }
    return a.risk.order - b.risk.order;
  });
}
