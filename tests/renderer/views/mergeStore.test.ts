/** The merge dialog's choices: one by one, or all one way; "Samenvoegen" waits until none is open. */
import { beforeEach, describe, expect, it } from 'vitest';
import { undecided, useMergeDialog } from '../../../src/renderer/views/merge/mergeStore.ts';
import type { PrepareResult } from '../../../src/shared/api/methods/merge.ts';
import type { Conflict } from '../../../src/shared/merge/types.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';

const conflict = (key: string): Conflict => ({ key, kind: 'field', table: 'risks', id: 'r', field: key, mine: 'a', theirs: 'b', riskId: 'r', label: 'R01', deletedBy: null });
const prepared: PrepareResult = {
  doc: newProjectDoc({ title: 'x' }),
  open: [conflict('risks/r/title'), conflict('risks/r/hazard')],
  taken: { mine: 1, theirs: 2 },
  dropped: [],
  lineage: { history: [], mergeParentId: null },
  theirs: { path: '/b.vlinder', title: 'B', lastSave: null },
};

describe('the merge dialog’s choices', () => {
  beforeEach(() => useMergeDialog.getState().open('/b.vlinder', { prepared }));

  it('counts the conflicts without a choice', () => {
    expect(undecided(useMergeDialog.getState())).toBe(2);
    useMergeDialog.getState().choose('risks/r/title', 'theirs');
    expect(undecided(useMergeDialog.getState())).toBe(1);
    expect(useMergeDialog.getState().choices).toEqual({ 'risks/r/title': 'theirs' });
  });

  it('decides every conflict one way with “alles van mij” / “alles van hen”, and a choice after it changes only its own', () => {
    useMergeDialog.getState().chooseAll('mine');
    expect(useMergeDialog.getState().choices).toEqual({ 'risks/r/title': 'mine', 'risks/r/hazard': 'mine' });
    useMergeDialog.getState().choose('risks/r/hazard', 'theirs');
    expect(useMergeDialog.getState().choices).toEqual({ 'risks/r/title': 'mine', 'risks/r/hazard': 'theirs' });
    expect(undecided(useMergeDialog.getState())).toBe(0);
  });

  it('starts afresh for another file, and a refusal shows without conflicts', () => {
    useMergeDialog.getState().chooseAll('theirs');
    useMergeDialog.getState().open('/c.vlinder', { error: { code: 'merge.otherDocument', messageKey: 'error.merge.otherDocument' } });
    const s = useMergeDialog.getState();
    expect([s.path, s.prepared, s.choices, s.error?.code]).toEqual(['/c.vlinder', null, {}, 'merge.otherDocument']);
  });
});
