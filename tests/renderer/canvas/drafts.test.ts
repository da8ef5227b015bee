import { describe, expect, it } from 'vitest';
import { applyDraft, draftFor, nextDraft } from '../../../src/renderer/canvas/drafts.ts';
import { causeLines, placementsOnPath } from '../../../src/shared/model/query.ts';
import { sample } from '../sampleDoc.ts';

describe('adding from the keyboard relative to the selection', () => {
  it('adds a cause below the selected cause, or last without one', () => {
    const s = sample();
    const below = draftFor(s.doc, s.riskId, `cause:${s.causes[0]}`, 'cause')!;
    applyDraft(s.doc, below, 'between');
    expect(causeLines(s.doc, s.riskId).map((l) => l.cause.label)).toEqual(['A', 'between', 'B']);
    applyDraft(s.doc, draftFor(s.doc, s.riskId, 'event', 'cause')!, 'last');
    expect(causeLines(s.doc, s.riskId).map((l) => l.cause.label)).toEqual(['A', 'between', 'B', 'last']);
  });

  it('puts a preventive measure only on a cause path, right after the selected measure', () => {
    const s = sample();
    expect(draftFor(s.doc, s.riskId, `consequence:${s.consequences[0]}`, 'preventive')).toBeNull();
    expect(draftFor(s.doc, s.riskId, 'event', 'preventive')).toBeNull();
    const d = draftFor(s.doc, s.riskId, `measure:${s.placements[0]}`, 'preventive')!;
    applyDraft(s.doc, d, 'A1½');
    expect(placementsOnPath(s.doc, s.causes[0]!).map((p) => s.doc.measures[p.measureId]!.label)).toEqual(['A1', 'A1½', 'A2']);
  });

  it('puts a limiting measure on the selected consequence path, last', () => {
    const s = sample();
    expect(draftFor(s.doc, s.riskId, `cause:${s.causes[0]}`, 'limiting')).toBeNull();
    applyDraft(s.doc, draftFor(s.doc, s.riskId, `consequence:${s.consequences[0]}`, 'limiting')!, 'X2');
    expect(placementsOnPath(s.doc, s.consequences[0]!).map((p) => s.doc.measures[p.measureId]!.label)).toEqual(['X1', 'X2']);
  });

  it('M adds on whichever path is selected, including against an escalation factor', () => {
    const s = sample();
    const key = applyDraft(s.doc, draftFor(s.doc, s.riskId, `esc:${s.factor}`, 'measure')!, 'F2');
    expect(key).toMatch(/^measure:/);
    expect(placementsOnPath(s.doc, s.factor).map((p) => s.doc.measures[p.measureId]!.label)).toEqual(['F1', 'F2']);
  });

  it('hangs an escalation factor below a measure on a main path only', () => {
    const s = sample();
    expect(draftFor(s.doc, s.riskId, `measure:${s.factorMeasure}`, 'escalation')).toBeNull();
    expect(draftFor(s.doc, s.riskId, `cause:${s.causes[0]}`, 'escalation')).toBeNull();
    const key = applyDraft(s.doc, draftFor(s.doc, s.riskId, `measure:${s.placements[3]}`, 'escalation')!, 'G');
    expect(key).toMatch(/^esc:/);
    expect(s.doc.escalationFactors[key.slice(4)]!.placementId).toBe(s.placements[3]);
  });

  it('offers the next element right after the one just committed', () => {
    const s = sample();
    let d = draftFor(s.doc, s.riskId, `measure:${s.placements[0]}`, 'measure')!;
    for (const label of ['n1', 'n2', 'n3']) {
      const key = applyDraft(s.doc, d, label);
      d = nextDraft(s.doc, d, key);
    }
    expect(placementsOnPath(s.doc, s.causes[0]!).map((p) => s.doc.measures[p.measureId]!.label)).toEqual(['A1', 'n1', 'n2', 'n3', 'A2']);
  });
});
