/**
 * Dismissing ("Negeren") and restoring findings of the method rules on a risk. A dismissal is
 * kept with the risk (who, when, why), so it survives saving and reopening; there is at most one
 * per finding key, and dismissing again replaces it (a new reason).
 */
import { c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { dismissedFindingCheck, riskCheck } from '../entities.ts';
import { need, type InputOf } from './guard.ts';
import { now, touchProject } from './stamp.ts';

const f = dismissedFindingCheck.shape;
const dismissInput = c.object({ key: f.key, ruleId: f.ruleId, target: f.target, by: f.by, reason: f.reason });
export type DismissFindingInput = InputOf<typeof dismissInput>;

/** Records that the finding `input.key` of risk `riskId` is ignored, stamped with the current time. */
export function dismissFinding(doc: ProjectDoc, riskId: string, input: DismissFindingInput): void {
  const risk = need(doc, 'risks', riskId, 'id');
  const v = dismissInput(input, 'bevinding');
  const at = now();
  const kept = risk.dismissedFindings.filter((d) => d.key !== v.key);
  const next = [...kept, { ...v, reason: v.reason.trim(), at }];
  riskCheck.shape.dismissedFindings(next, 'bevinding');
  risk.dismissedFindings = next;
  risk.updatedAt = at;
  touchProject(doc, at);
}

/** Brings the dismissed finding `key` of risk `riskId` back; nothing happens if it is not dismissed. */
export function restoreFinding(doc: ProjectDoc, riskId: string, key: string): void {
  const risk = need(doc, 'risks', riskId, 'id');
  if (!risk.dismissedFindings.some((d) => d.key === key)) return;
  const at = now();
  risk.dismissedFindings = risk.dismissedFindings.filter((d) => d.key !== key);
  risk.updatedAt = at;
  touchProject(doc, at);
}
