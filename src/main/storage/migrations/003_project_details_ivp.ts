/**
 * Format version 3: the project's own details for the title page and file names (CBS code of
 * the municipality, organisation, author, version, status), the rule that proposes a priority
 * advice, and per risk what an IVP chapter needs beyond the bow-tie (budget, partners' roles,
 * relation with other policy) and the motivering of its advice. Older files get empty values,
 * status concept and the default advice rule.
 */
import { defaultAdviceRule } from '../../../shared/model/adviceRuleSchema.ts';

export const version = 3;

const rule = JSON.stringify(defaultAdviceRule()).replace(/'/g, "''");

export const sql = `
  ALTER TABLE project ADD COLUMN municipality_code TEXT;
  ALTER TABLE project ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
  ALTER TABLE project ADD COLUMN author TEXT NOT NULL DEFAULT '';
  ALTER TABLE project ADD COLUMN version TEXT NOT NULL DEFAULT '';
  ALTER TABLE project ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
  ALTER TABLE project ADD COLUMN advice_rule TEXT NOT NULL DEFAULT '${rule}';
  ALTER TABLE risks ADD COLUMN budget TEXT NOT NULL DEFAULT '';
  ALTER TABLE risks ADD COLUMN partner_roles TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE risks ADD COLUMN policy_relations TEXT NOT NULL DEFAULT '';
  ALTER TABLE risks ADD COLUMN priority_reason TEXT NOT NULL DEFAULT '';
`;

/** Fields (model names, per table) a file of an earlier version does not have. */
export const adds = {
  project: ['municipalityCode', 'organisation', 'author', 'version', 'status', 'adviceRule'],
  risks: ['budget', 'partnerRoles', 'policyRelations', 'priorityReason'],
} as const;
