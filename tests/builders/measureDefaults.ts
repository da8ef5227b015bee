/** The fields of a plain, existing, effective, public measure: what test builders start from. */
import type { Measure } from '../../src/shared/model/entities.ts';

export type MeasureDefaults = Omit<Measure, 'id' | 'createdAt' | 'updatedAt'>;

export function measureDefaults(label: string): MeasureDefaults {
  return {
    label,
    description: '',
    ownerId: null,
    domain: null,
    chainLink: null,
    status: 'existing',
    effectiveness: 'good',
    type: null,
    quickWin: false,
    plannedYear: null,
    budgetNote: '',
    confidentiality: 'public',
  };
}
