/**
 * Findings of the method rules (shared/domain/bowtie-rules.md): advice that helps, dismissable
 * per item — never a wall. Every finding points at one element and carries an i18n message key
 * (`rule.*`, Dutch and English) with its parameters.
 */
import type { TableName } from '../model/entities.ts';
import type { MessageKey } from '../i18n/nl.ts';

export const RULE_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** 'warning': the bow-tie is incomplete or weak; 'info': worth a look, often fine. */
export type Severity = 'warning' | 'info';

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** The element the finding is about: a risk, a cause/consequence line, a placement, an escalation factor or a measure. */
  entity: { table: TableName; id: string };
  messageKey: MessageKey;
  params: Record<string, string | number>;
  /** Stable identity for dismissing a finding: `<ruleId>:<variant>:<entity id>`. */
  key: string;
}

/** Severity per rule. Structural gaps warn; the rest informs. */
export const SEVERITY: Record<RuleId, Severity> = {
  S1: 'warning',
  S2: 'warning',
  S3: 'warning',
  S4: 'warning',
  S5: 'info',
  S6: 'info',
  S7: 'warning',
  S8: 'warning',
  S9: 'info',
  S10: 'warning',
  S11: 'warning',
  S12: 'info',
  S13: 'warning',
  T1: 'info',
  T2: 'info',
  T3: 'info',
  T4: 'info',
  T5: 'info',
  T6: 'info',
  T7: 'info',
  T8: 'info',
  T9: 'info',
};

/** Builds a finding; `variant` distinguishes two findings of one rule on one element. */
export function finding(ruleId: RuleId, table: TableName, id: string, messageKey: MessageKey, params: Record<string, string | number> = {}, variant = ''): Finding {
  return { ruleId, severity: SEVERITY[ruleId], entity: { table, id }, messageKey, params, key: `${ruleId}:${variant}:${id}` };
}

/** The i18n key of a rule's short title, e.g. "rule.S3.title". */
export function ruleTitleKey(ruleId: RuleId): MessageKey {
  return `rule.${ruleId}.title` as MessageKey;
}
