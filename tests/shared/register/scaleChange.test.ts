import { describe, expect, it } from 'vitest';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { resizeScale, withPreset } from '../../../src/shared/register/presets.ts';
import { registerRows } from '../../../src/shared/register/registerRows.ts';
import { applyScaleChange, planScaleChange } from '../../../src/shared/register/scaleChange.ts';

function scored(): { doc: ProjectDoc; ids: string[] } {
  const doc = newProjectDoc({ title: 'Schalen' });
  const ids = [1, 2, 3, 4, 5].map((v) => {
    const id = addRisk(doc, { title: `Risico ${v}` });
    setScore(doc, id, 'likelihood', v);
    setScore(doc, id, 'impact', 6 - v);
    setScore(doc, id, 'urgency', v);
    return id;
  });
  return { doc, ids };
}
const value = (doc: ProjectDoc, id: string, criterion: string) => Object.values(doc.scores).find((s) => s.riskId === id && s.criterion === criterion)?.value;

describe('changing the scales', () => {
  it('switching 1–5 to A–E keeps every score and band, one to one', () => {
    const { doc } = scored();
    const before = registerRows(doc).map((r) => [r.likelihood, r.impact, r.band?.id]);
    const next = withPreset(doc.project.scales, 'letters');
    expect(next.likelihood.map((c) => c.code).join('')).toBe('ABCDE');
    expect(planScaleChange(doc, next)).toEqual({ conversions: [], offScale: 0 });
    applyScaleChange(doc, next, 'convert');
    expect(registerRows(doc).map((r) => [r.likelihood, r.impact, r.band?.id])).toEqual(before);
    expect(doc.project.scales.preset).toBe('letters');
  });

  it('converts scores proportionally when a scale gets fewer classes', () => {
    const { doc, ids } = scored();
    const next = { ...doc.project.scales, likelihood: resizeScale(doc.project.scales.likelihood, 3, 'numeric') };
    const plan = planScaleChange(doc, next);
    expect(plan.offScale).toBe(2);
    expect(plan.conversions.map((c) => [c.from, c.to])).toEqual([
      [2, 2],
      [3, 2],
      [4, 3],
      [5, 3],
    ].filter(([a, b]) => a !== b));
    expect(applyScaleChange(doc, next, 'convert')).toBe(3);
    expect(ids.map((id) => value(doc, id, 'likelihood'))).toEqual([1, 2, 2, 3, 3]);
    // Impact did not change length: untouched.
    expect(ids.map((id) => value(doc, id, 'impact'))).toEqual([5, 4, 3, 2, 1]);
    expect(registerRows(doc).every((r) => r.outOfRange.length === 0)).toBe(true);
  });

  it('keeps scores as they are when asked, and flags the off-scale ones for review', () => {
    const { doc, ids } = scored();
    const next = { ...doc.project.scales, likelihood: resizeScale(doc.project.scales.likelihood, 3, 'numeric') };
    applyScaleChange(doc, next, 'keep');
    expect(ids.map((id) => value(doc, id, 'likelihood'))).toEqual([1, 2, 3, 4, 5]);
    expect(registerRows(doc).map((r) => r.outOfRange)).toEqual([[], [], [], ['likelihood'], ['likelihood']]);
  });

  it('converts an extra criterion whose options change in number', () => {
    const { doc, ids } = scored();
    const criteria = doc.project.scales.criteria.map((c) => (c.id === 'urgency' ? { ...c, options: ['later', 'binnenkort', 'nu'] } : c));
    applyScaleChange(doc, { ...doc.project.scales, criteria }, 'convert');
    expect(ids.map((id) => value(doc, id, 'urgency'))).toEqual([1, 2, 2, 3, 3]);
  });

  it('grows a scale keeping labels of the classes that remain', () => {
    const grown = resizeScale(newProjectDoc({ title: 'x' }).project.scales.impact, 6, 'letters');
    expect(grown.map((c) => c.code).join('')).toBe('ABCDEF');
    expect(grown[0]!.label).toBe('Beperkt');
    expect(grown[5]!.label).toBe('');
  });
});
