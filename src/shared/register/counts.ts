/** How many risks have each priority advice and each status: the numbers a workshop reports. */
import { PRIORITY_ADVICE, RISK_STATUS, type PriorityAdvice, type RiskStatus } from '../model/vocab.ts';
import type { RegisterRow } from './registerRows.ts';

export interface RegisterCounts {
  total: number;
  priority: Record<PriorityAdvice | 'none', number>;
  status: Record<RiskStatus, number>;
  /** Risks with likelihood and impact scored. */
  scored: number;
  /** Risks with a score off the current scale. */
  review: number;
}

export function registerCounts(rows: readonly RegisterRow[]): RegisterCounts {
  const priority = Object.fromEntries([...PRIORITY_ADVICE, 'none'].map((p) => [p, 0])) as RegisterCounts['priority'];
  const status = Object.fromEntries(RISK_STATUS.map((s) => [s, 0])) as RegisterCounts['status'];
  let scored = 0;
  let review = 0;
  for (const r of rows) {
    priority[r.risk.priorityAdvice ?? 'none']++;
    status[r.risk.status]++;
    if (r.score !== null) scored++;
    if (r.outOfRange.length > 0) review++;
  }
  return { total: rows.length, priority, status, scored, review };
}
