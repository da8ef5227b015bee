/**
 * Scores of a risk. Criteria: 'likelihood' and 'impact' (class values of the project's scales),
 * 'impact.<dimensionId>' for an impact dimension, 'residual.likelihood' / 'residual.impact' for
 * the residual risk after measures, and the id of an extra criterion ('trend', 'urgency', …)
 * scored as the 1-based index of its option. One score per risk, criterion and session
 * (session '' is the agreed score; workshops may record their own sessions).
 */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { scoreCheck } from '../entities.ts';
import type { Scales } from '../scalesSchema.ts';
import { need } from './guard.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { rowsOf } from './read.ts';

const criterionCheck = scoreCheck.shape.criterion;
const sessionCheck = scoreCheck.shape.session;
const valueCheck = c.nullable(scoreCheck.shape.value);

/** The values a criterion accepts under `scales`, or null when the criterion is unknown. */
export function allowedValues(scales: Scales, criterion: string): number[] | null {
  const classes = (list: { value: number }[]) => list.map((x) => x.value);
  if (criterion === 'likelihood' || criterion === 'residual.likelihood') return classes(scales.likelihood);
  if (criterion === 'impact' || criterion === 'residual.impact') return classes(scales.impact);
  if (criterion.startsWith('impact.')) {
    const dim = criterion.slice('impact.'.length);
    return scales.impactDimensions.some((d) => d.id === dim) ? classes(scales.impact) : null;
  }
  const extra = scales.criteria.find((x) => x.id === criterion);
  return extra ? extra.options.map((_, i) => i + 1) : null;
}

/** Sets (or with `value` null, clears) the score of a risk on one criterion. */
export function setScore(doc: ProjectDoc, riskId: string, criterion: string, value: number | null, session = ''): void {
  need(doc, 'risks', riskId, 'riskId');
  const crit = criterionCheck(criterion, 'criterion');
  const sess = sessionCheck(session, 'session');
  const v = valueCheck(value, 'value');
  const allowed = allowedValues(doc.project.scales, crit);
  if (!allowed) throw new CheckError('criterion', because('check.notACriterion', { criterion: crit }));
  if (v !== null && !allowed.includes(v)) throw new CheckError('value', because('check.oneOf', { values: allowed.join(', ') }));
  const found = rowsOf(doc.scores).find((s) => s.riskId === riskId && s.criterion === crit && s.session === sess);
  const existing = found ? doc.scores[found.id]! : undefined;
  const at = now();
  if (v === null) {
    if (!existing) return;
    delete doc.scores[existing.id];
  } else if (existing) {
    if (existing.value === v) return;
    existing.value = v;
    existing.updatedAt = at;
  } else {
    const id = freshId();
    doc.scores[id] = { id, createdAt: at, updatedAt: at, riskId, criterion: crit, value: v, session: sess };
  }
  touchProject(doc, at);
}
