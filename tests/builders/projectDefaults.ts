/**
 * The project fields a test builder need not think about (since format version 3): a new
 * project field is added here once instead of in every builder (docs/recipes.md).
 */
import { defaultAdviceRule } from '../../src/shared/model/adviceRuleSchema.ts';
import type { Project } from '../../src/shared/model/entities.ts';

export function projectDefaults(): Pick<Project, 'municipalityCode' | 'organisation' | 'author' | 'version' | 'status' | 'adviceRule' | 'trackedSince'> {
  return { municipalityCode: null, organisation: '', author: '', version: '', status: 'draft', adviceRule: defaultAdviceRule(), trackedSince: '' };
}
