import { describe, expect, it } from 'vitest';
import { isRemovable, labelOf, moveNode, removeNode, renameNode, reorderSpan } from '../../../src/renderer/canvas/nodeActions.ts';
import { causeLines, placementsOnPath } from '../../../src/shared/model/query.ts';
import { sample } from '../sampleDoc.ts';

describe('rename, delete and reorder per kind of node', () => {
  it('renames the hazard, the event, a cause, a measure and a factor', () => {
    const s = sample();
    const keys = ['hazard', 'event', `cause:${s.causes[0]}`, `consequence:${s.consequences[1]}`, `measure:${s.placements[2]}`, `esc:${s.factor}`];
    keys.forEach((k, i) => renameNode(s.doc, s.riskId, k, `nieuw ${i}`));
    expect(keys.map((k) => labelOf(s.doc, s.riskId, k))).toEqual(keys.map((_, i) => `nieuw ${i}`));
    expect(s.doc.risks[s.riskId]!.centralEvent).toBe('nieuw 1');
  });

  it('removes a cause with the measures on its path; the event cannot be removed', () => {
    const s = sample();
    expect(isRemovable('event')).toBe(false);
    expect(isRemovable('hazard')).toBe(false);
    removeNode(s.doc, `cause:${s.causes[0]}`);
    expect(causeLines(s.doc, s.riskId).map((l) => l.cause.label)).toEqual(['B']);
    expect(s.doc.placements[s.placements[0]!]).toBeUndefined();
    expect(s.doc.escalationFactors[s.factor]).toBeUndefined();
  });

  it('moves causes up and down and measures along their path, not past the ends', () => {
    const s = sample();
    expect(moveNode(s.doc, `cause:${s.causes[0]}`, 'vertical', -1)).toBe(false);
    expect(moveNode(s.doc, `cause:${s.causes[0]}`, 'vertical', 1)).toBe(true);
    expect(causeLines(s.doc, s.riskId).map((l) => l.cause.label)).toEqual(['B', 'A']);
    expect(reorderSpan(s.doc, `measure:${s.placements[0]}`, 'vertical')).toBeNull();
    expect(moveNode(s.doc, `measure:${s.placements[0]}`, 'horizontal', 1)).toBe(true);
    expect(placementsOnPath(s.doc, s.causes[0]!).map((p) => s.doc.measures[p.measureId]!.label)).toEqual(['A2', 'A1']);
    expect(moveNode(s.doc, `measure:${s.placements[0]}`, 'horizontal', 1)).toBe(false);
  });
});

describe('whether a selection still stands', () => {
  it('knows the elements of this risk and no others', async () => {
    const { nodeInRisk } = await import('../../../src/renderer/canvas/nodeActions.ts');
    const { addRisk } = await import('../../../src/shared/model/ops/risks.ts');
    const s = sample();
    const other = addRisk(s.doc, { title: 'Ander' });
    for (const key of ['event', 'hazard', `cause:${s.causes[0]}`, `consequence:${s.consequences[0]}`, `measure:${s.placements[3]}`, `esc:${s.factor}`]) {
      expect(nodeInRisk(s.doc, s.riskId, key), key).toBe(true);
      if (key !== 'event' && key !== 'hazard') expect(nodeInRisk(s.doc, other, key), key).toBe(false);
    }
    removeNode(s.doc, `cause:${s.causes[0]}`);
    expect(nodeInRisk(s.doc, s.riskId, `esc:${s.factor}`)).toBe(false);
    expect(nodeInRisk(s.doc, s.riskId, 'nonsense')).toBe(false);
  });
});
