/** Which boxes a comparison marks on the bow-tie, and with which side. */
import { describe, expect, it } from 'vitest';
import { compareMarks } from '../../../src/renderer/canvas/compareMarks.ts';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import type { ChangedBy, DiffKind, EntityDiff, EntityTable } from '../../../src/shared/merge/types.ts';
import { sample } from '../sampleDoc.ts';

function diff(table: EntityTable, id: string, by: ChangedBy, opts: { kind?: DiffKind; fields?: string[]; conflict?: boolean } = {}): EntityDiff {
  const fields = (opts.fields ?? []).map((field) => ({ field, by, mine: 'a', theirs: 'b' }));
  return { table, id, kind: opts.kind ?? 'changed', by, fields, riskId: null, label: '', mineAt: null, theirsAt: null, conflict: opts.conflict ?? false };
}

describe('compare marks on the bow-tie', () => {
  const s = sample();
  const layout = layoutBowtie(s.doc, s.riskId);
  const keyOf = (pred: (n: (typeof layout.nodes)[number]) => boolean) => layout.nodes.find(pred)!.key;
  const causeA = keyOf((n) => n.kind === 'cause' && n.refId === s.causes[0]);
  const causeConcept = s.doc.riskCauses[s.causes[0]!]!.causeId;
  const measureB1 = keyOf((n) => n.refId === s.placements[2]);

  it('marks a cause changed in the concept, and a measure changed in its placement, with the side that changed them', () => {
    const marks = compareMarks([diff('causes', causeConcept, 'theirs', { fields: ['label'] }), diff('placements', s.placements[2]!, 'mine', { kind: 'moved', fields: ['order'] })], layout.nodes, s.riskId, 'both');
    expect(Object.fromEntries(marks)).toEqual({ [causeA]: { by: 'theirs', kind: 'changed', conflict: false }, [measureB1]: { by: 'mine', kind: 'moved', conflict: false } });
  });

  it('marks the hazard for a changed hazard and the central event for the risk’s other fields', () => {
    expect([...compareMarks([diff('risks', s.riskId, 'mine', { fields: ['hazard'] })], layout.nodes, s.riskId, 'both').keys()]).toEqual(['hazard']);
    expect([...compareMarks([diff('risks', s.riskId, 'both', { fields: ['centralEvent'], conflict: true })], layout.nodes, s.riskId, 'both')]).toEqual([['event', { by: 'both', kind: 'changed', conflict: true }]]);
    expect(compareMarks([diff('risks', 'another-risk', 'mine', { fields: ['hazard'] })], layout.nodes, s.riskId, 'both').size).toBe(0);
  });

  it('shows one side’s changes, with conflicts (changed by both) on either side', () => {
    const diffs = [diff('riskCauses', s.causes[0]!, 'theirs', { kind: 'moved' }), diff('placements', s.placements[2]!, 'mine'), diff('risks', s.riskId, 'both', { fields: ['centralEvent'], conflict: true })];
    expect([...compareMarks(diffs, layout.nodes, s.riskId, 'mine').keys()].sort()).toEqual(['event', measureB1].sort());
    expect([...compareMarks(diffs, layout.nodes, s.riskId, 'theirs').keys()].sort()).toEqual(['event', causeA].sort());
  });

  it('calls a box changed by both copies (in different rows) changed by both', () => {
    const marks = compareMarks([diff('measures', s.doc.placements[s.placements[2]!]!.measureId, 'mine', { fields: ['label'] }), diff('placements', s.placements[2]!, 'theirs', { kind: 'moved' })], layout.nodes, s.riskId, 'both');
    expect(marks.get(measureB1)).toEqual({ by: 'both', kind: 'changed', conflict: false });
  });

  it('marks nothing for rows that are not boxes (scores, layout nudges, the project)', () => {
    expect(compareMarks([diff('scores', 'x', 'mine'), diff('layoutOverrides', 'y', 'theirs'), diff('project', 'project', 'mine', { fields: ['title'] })], layout.nodes, s.riskId, 'both').size).toBe(0);
  });
});
