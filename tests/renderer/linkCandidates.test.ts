import { describe, expect, it } from 'vitest';
import { linkCandidates } from '../../src/renderer/panels/linkCandidates.ts';
import { addCause, addMeasure, addRisk, placeMeasure } from '../../src/shared/model/ops/index.ts';
import { sample } from './sampleDoc.ts';

describe('linking an existing cause or measure', () => {
  it('offers causes of other risks, not those already in this one', () => {
    const s = sample();
    const other = addRisk(s.doc, { title: 'Huiselijk geweld' });
    addCause(s.doc, other, { label: 'Problematische thuissituatie' });
    const found = linkCandidates(s.doc, s.riskId, { kind: 'cause' }, 'thuis');
    expect(found.map((c) => c.label)).toEqual(['Problematische thuissituatie']);
    expect(found[0]!.riskCodes).toEqual(['R02']);
    expect(linkCandidates(s.doc, other, { kind: 'cause' }, '').map((c) => c.label).sort()).toEqual(['A', 'B']);
  });

  it('offers measures not yet on the path, most used first, ignoring accents', () => {
    const s = sample();
    const other = addRisk(s.doc, { title: 'Jeugdoverlast' });
    const line = addCause(s.doc, other, { label: 'Verveling' });
    const p = addMeasure(s.doc, { pathKind: 'cause', pathId: line, label: 'Wijkteams signaleren vroegtijdig' });
    placeMeasure(s.doc, s.doc.placements[p]!.measureId, { pathKind: 'cause', pathId: s.causes[1]! });
    const onA = linkCandidates(s.doc, s.riskId, { kind: 'measure', pathId: s.causes[0]! }, 'wíjk');
    expect(onA).toEqual([{ id: s.doc.placements[p]!.measureId, label: 'Wijkteams signaleren vroegtijdig', riskCodes: ['R01', 'R02'], places: 2 }]);
    expect(linkCandidates(s.doc, s.riskId, { kind: 'measure', pathId: s.causes[1]! }, 'wijk')).toEqual([]);
  });
});
