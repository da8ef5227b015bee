/** Applying a merged document as an edit: only the rows that differ are touched, and the inverse brings the old document back. */
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { replaceDoc } from '../../../src/shared/merge/replaceDoc.ts';
import { changesFromPatches } from '../../../src/shared/model/doc.ts';
import { addCause, updateRisk } from '../../../src/shared/model/ops/index.ts';
import { sample } from '../../renderer/sampleDoc.ts';

enablePatches();

describe('replaceDoc', () => {
  it('puts the changed and added rows, deletes the missing ones, and leaves equal rows alone', () => {
    const s = sample();
    const next = structuredClone(s.doc);
    updateRisk(next, s.riskId, { centralEvent: 'Anders' });
    const addedLine = addCause(next, s.riskId, { label: 'Nieuw' });
    const added = next.riskCauses[addedLine]!.causeId;
    const gone = s.placements[3]!;
    delete next.placements[gone];
    next.project = { ...next.project, title: 'Samengevoegd' };
    const [after, patches, inverse] = produceWithPatches(s.doc, (d) => void replaceDoc(d, next));
    expect(after).toEqual(next);
    const changes = changesFromPatches(after, patches).map((c) => (c.op === 'delete' ? `delete ${c.table}/${c.id}` : c.op === 'put' ? `put ${c.table}/${c.value.id}` : 'project'));
    expect(changes.sort()).toEqual([`delete placements/${gone}`, 'project', `put causes/${added}`, `put riskCauses/${addedLine}`, `put risks/${s.riskId}`].sort());
    expect(applyPatches(after, inverse)).toEqual(s.doc);
  });

  it('changes nothing when the documents are equal', () => {
    const s = sample();
    const [, patches] = produceWithPatches(s.doc, (d) => void replaceDoc(d, structuredClone(s.doc)));
    expect(patches).toEqual([]);
  });
});
