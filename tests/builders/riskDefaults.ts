/**
 * The fields of a plain longlist risk: what test builders start from, so that a new risk field
 * is added here once instead of in every builder (docs/recipes.md).
 */
import type { Risk } from '../../src/shared/model/entities.ts';

export type RiskDefaults = Omit<Risk, 'id' | 'createdAt' | 'updatedAt'>;

export function riskDefaults(title: string, order = 0): RiskDefaults {
  return {
    code: 'R01',
    title,
    hazard: '',
    centralEvent: '',
    description: '',
    themeId: null,
    areaIds: [],
    status: 'longlist',
    priorityAdvice: null,
    goals: [],
    indicators: [],
    evidence: '',
    resources: '',
    confidentiality: 'public',
    order,
    dismissedFindings: [],
    budget: '',
    partnerRoles: [],
    policyRelations: '',
    priorityReason: '',
  };
}
