/**
 * The rule that proposes a priority advice per risk (prioriteit / overig strategisch thema /
 * beheersniveau) from its score and extra criteria. Stored as one JSON value on the project
 * (since format version 3); the user sees and sets it beside the scales.
 */
import { c, type Checked } from './check.ts';

const raiseCheck = c.object({
  /** An extra criterion id of the scales ('trend', 'urgency', …). */
  criterion: c.string({ min: 1, max: 40, pattern: /^[a-zA-Z0-9_-]+$/ }),
  /** The 1-based option from which the criterion raises the advice one step. */
  atLeast: c.int({ min: 1, max: 10 }),
});
export type AdviceRaise = Checked<typeof raiseCheck>;

export const adviceRuleCheck = c.object({
  /** A risk score (likelihood × impact) from this value up proposes "prioriteit". */
  priorityFrom: c.number({ min: 0, max: 1000 }),
  /** From this value up (and below priorityFrom): "overig strategisch thema"; below: beheersniveau. */
  strategicFrom: c.number({ min: 0, max: 1000 }),
  /** Extra criteria that raise the advice one step (at most one step in all). */
  raise: c.array(raiseCheck, { max: 20 }),
  /** At most this many priorities; the next ones in the ranking become strategic themes. null: no limit. */
  maxPriorities: c.nullable(c.int({ min: 1, max: 100 })),
});
export type AdviceRule = Checked<typeof adviceRuleCheck>;

/** The rule of a new project, and of every project written before format version 3. */
export function defaultAdviceRule(): AdviceRule {
  return { priorityFrom: 15, strategicFrom: 10, raise: [{ criterion: 'urgency', atLeast: 4 }], maxPriorities: 5 };
}
