import { describe, expect, it } from 'vitest';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { matrixCells, stepClass } from '../../../src/shared/register/matrixCells.ts';

function project() {
  const doc = newProjectDoc({ title: 'Matrix' });
  const a = addRisk(doc, { title: 'A' });
  const b = addRisk(doc, { title: 'B' });
  const c = addRisk(doc, { title: 'C' });
  addRisk(doc, { title: 'D (niet gescoord)' });
  for (const id of [a, b]) {
    setScore(doc, id, 'likelihood', 4);
    setScore(doc, id, 'impact', 5);
  }
  setScore(doc, c, 'likelihood', 1);
  setScore(doc, c, 'impact', 2);
  return doc;
}

describe('the interactive matrix model', () => {
  it('puts highest likelihood on top, lowest impact left, and risks in their cells in register order', () => {
    const m = matrixCells(project());
    expect(m.rows.map((r) => r.value)).toEqual([5, 4, 3, 2, 1]);
    expect(m.columns.map((c) => c.value)).toEqual([1, 2, 3, 4, 5]);
    const top = m.cells[1]![4]!;
    expect(top).toMatchObject({ score: 20 });
    expect(top.band?.label).toBe('Zeer hoog');
    expect(top.risks.map((r) => r.code)).toEqual(['R01', 'R02']);
    expect(m.cells[4]![1]!.risks.map((r) => r.code)).toEqual(['R03']);
    expect(m.cells[4]![0]!.band?.label).toBe('Laag');
    expect(m.unscored.map((r) => r.code)).toEqual(['R04']);
  });

  it('shows only the risks a filter accepts', () => {
    const m = matrixCells(project(), (r) => r.code !== 'R01');
    expect(m.cells[1]![4]!.risks.map((r) => r.code)).toEqual(['R02']);
  });

  it('steps along a scale and stops at its ends', () => {
    const classes = project().project.scales.likelihood;
    expect(stepClass(classes, 3, 1)).toBe(4);
    expect(stepClass(classes, 5, 1)).toBe(5);
    expect(stepClass(classes, 1, -1)).toBe(1);
    expect(stepClass(classes, null, 1)).toBe(1);
    expect(stepClass(classes, null, -1)).toBe(5);
  });
});
