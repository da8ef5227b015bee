/**
 * The priority advice proposal: the rule of the project (thresholds, raising criteria, a
 * maximum number of priorities) decides the proposal and gives its reasons; the user's choice
 * is compared with it, never changed by it.
 */
import { describe, expect, it } from 'vitest';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { updateProject } from '../../../src/shared/model/ops/project.ts';
import { addRisk, updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { proposeAdvice } from '../../../src/shared/priorities/proposeAdvice.ts';

function project(risks: [title: string, likelihood: number | null, impact: number | null, extra?: Record<string, number>][]) {
  const doc = newProjectDoc({ title: 'Advies', partners: false });
  const ids = risks.map(([title, l, i, extra]) => {
    const id = addRisk(doc, { title });
    if (l !== null) setScore(doc, id, 'likelihood', l);
    if (i !== null) setScore(doc, id, 'impact', i);
    for (const [c, v] of Object.entries(extra ?? {})) setScore(doc, id, c, v);
    return id;
  });
  return { doc, ids };
}

const summary = (doc: Parameters<typeof proposeAdvice>[0]) => proposeAdvice(doc).map((p) => [p.risk.title, p.score, p.proposal]);

describe('the proposal from the score', () => {
  it('follows the thresholds of the rule: prioriteit from 15, strategisch from 10 (default)', () => {
    const { doc } = project([
      ['laag', 2, 2],
      ['midden', 3, 4],
      ['hoog', 4, 4],
      ['ongescoord', 3, null],
    ]);
    expect(summary(doc)).toEqual([
      ['hoog', 16, 'priority'],
      ['midden', 12, 'strategic'],
      ['laag', 4, 'management'],
      ['ongescoord', null, null],
    ]);
    const high = proposeAdvice(doc)[0]!;
    expect(high.reasons).toEqual([{ kind: 'score', score: 16, advice: 'priority', threshold: 15 }]);
    expect(high.rank).toBe(1);
  });

  it('reads a changed rule: the user sets the thresholds', () => {
    const { doc } = project([['midden', 3, 4]]);
    updateProject(doc, { adviceRule: { ...doc.project.adviceRule, priorityFrom: 12 } });
    expect(summary(doc)).toEqual([['midden', 12, 'priority']]);
  });
});

describe('extra criteria', () => {
  it('raise the advice one step, with the criterion and option as the reason', () => {
    const { doc } = project([
      ['urgent', 2, 3, { urgency: 4 }],
      ['niet urgent', 2, 3, { urgency: 2 }],
    ]);
    const [urgent, other] = proposeAdvice(doc);
    expect(urgent!.risk.title).toBe('urgent');
    expect(urgent!.proposal).toBe('strategic');
    expect(urgent!.reasons[1]).toEqual({ kind: 'raised', criterion: 'urgency', criterionLabel: 'Urgentie', option: 'binnen 1 jaar', atLeast: 'binnen 1 jaar', advice: 'strategic' });
    expect(other!.proposal).toBe('management');
  });

  it('raise at most one step, however many apply; a disabled criterion does not count', () => {
    const { doc } = project([['twee redenen', 2, 3, { urgency: 5, trend: 5 }]]);
    updateProject(doc, { adviceRule: { ...doc.project.adviceRule, raise: [{ criterion: 'urgency', atLeast: 4 }, { criterion: 'trend', atLeast: 4 }] } });
    const [p] = proposeAdvice(doc);
    expect(p!.proposal).toBe('strategic');
    expect(p!.reasons.filter((r) => r.kind === 'raised')).toHaveLength(2);
    const scales = structuredClone(doc.project.scales);
    scales.criteria = scales.criteria.map((c) => ({ ...c, enabled: false }));
    updateProject(doc, { scales });
    expect(proposeAdvice(doc)[0]!.proposal).toBe('management');
  });
});

describe('the maximum number of priorities', () => {
  it('keeps the highest-ranked as prioriteit and makes the rest strategisch, saying why', () => {
    const { doc } = project([
      ['a', 4, 4],
      ['b', 5, 5],
      ['c', 4, 5],
    ]);
    updateProject(doc, { adviceRule: { ...doc.project.adviceRule, maxPriorities: 2 } });
    expect(summary(doc)).toEqual([
      ['b', 25, 'priority'],
      ['c', 20, 'priority'],
      ['a', 16, 'strategic'],
    ]);
    expect(proposeAdvice(doc)[2]!.reasons.at(-1)).toEqual({ kind: 'capped', max: 2 });
  });
});

describe('the user decides', () => {
  it('accepting or overriding is read from the risk, with the motivering kept there', () => {
    const { doc, ids } = project([
      ['hoog', 4, 4],
      ['midden', 3, 4],
      ['laag', 2, 2],
    ]);
    updateRisk(doc, ids[0]!, { priorityAdvice: 'priority' });
    updateRisk(doc, ids[2]!, { priorityAdvice: 'priority', priorityReason: 'De raad vroeg erom' });
    const byTitle = Object.fromEntries(proposeAdvice(doc).map((p) => [p.risk.title, p]));
    expect(byTitle['hoog']!.decision).toBe('accepted');
    expect(byTitle['midden']!.decision).toBe('open');
    expect(byTitle['laag']!.decision).toBe('overridden');
    expect(byTitle['laag']!.proposal).toBe('management');
    expect(doc.risks[ids[2]!]!.priorityReason).toBe('De raad vroeg erom');
  });
});
