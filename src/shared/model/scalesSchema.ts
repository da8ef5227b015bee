/**
 * The per-project scoring configuration (shared/domain/scales.md). Stored as one JSON value on
 * the project, checked like every other field.
 */
import { c, type Checked } from './check.ts';

const scaleClassCheck = c.object({
  /** Numeric value used in computations (1..n). */
  value: c.int({ min: 1, max: 10 }),
  /** What users see: "1".."5" or "A".."E". */
  code: c.string({ min: 1, max: 4 }),
  label: c.string({ max: 100 }),
  anchor: c.string({ max: 500 }),
});
export type ScaleClass = Checked<typeof scaleClassCheck>;

const bandCheck = c.object({
  id: c.string({ min: 1, max: 40 }),
  label: c.string({ min: 1, max: 100 }),
  /** Inclusive range of the risk score (likelihood × impact). */
  min: c.number({ min: 0, max: 1000 }),
  max: c.number({ min: 0, max: 1000 }),
  /** CSS colour, #rrggbb. */
  color: c.string({ pattern: /^#[0-9a-fA-F]{6}$/, max: 7 }),
});
export type Band = Checked<typeof bandCheck>;

const dimensionCheck = c.object({
  id: c.string({ min: 1, max: 40, pattern: /^[a-zA-Z0-9_-]+$/ }),
  label: c.string({ min: 1, max: 100 }),
  weight: c.number({ min: 0, max: 100 }),
  enabled: c.boolean(),
});
export type ImpactDimension = Checked<typeof dimensionCheck>;

const criterionCheck = c.object({
  id: c.string({ min: 1, max: 40, pattern: /^[a-zA-Z0-9_-]+$/ }),
  label: c.string({ min: 1, max: 100 }),
  enabled: c.boolean(),
  /** Ordered option labels; a score stores the 1-based index. */
  options: c.array(c.string({ min: 1, max: 100 }), { max: 10 }),
});
export type ExtraCriterion = Checked<typeof criterionCheck>;

export const scalesCheck = c.object({
  preset: c.enum(['numeric', 'letters', 'custom'] as const),
  likelihood: c.array(scaleClassCheck, { max: 10 }),
  impact: c.array(scaleClassCheck, { max: 10 }),
  impactDimensions: c.array(dimensionCheck, { max: 20 }),
  impactCombine: c.enum(['max', 'weightedMean'] as const),
  bands: c.array(bandCheck, { max: 10 }),
  criteria: c.array(criterionCheck, { max: 20 }),
});
export type Scales = Checked<typeof scalesCheck>;
