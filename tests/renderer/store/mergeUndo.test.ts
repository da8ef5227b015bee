/**
 * A merge in the document store is one edit that carries the other copy's lineage: the working
 * copy is told to adopt it after the merged rows arrive, to give it back on undo, to adopt it
 * again on redo, and to give it back when the working copy refuses the merged rows.
 */
import { describe, expect, it } from 'vitest';
import { createDocStore } from '../../../src/renderer/store/docStore.ts';
import { ClientError } from '../../../src/renderer/api/client.ts';
import type { CallFn } from '../../../src/shared/api/contract.ts';
import type { MergeLineage } from '../../../src/shared/api/methods/merge.ts';
import { replaceDoc } from '../../../src/shared/merge/replaceDoc.ts';
import { updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { sample } from '../sampleDoc.ts';

const lineage: MergeLineage = { history: [{ id: '00000000-0000-4000-8000-0000000000a1', parentId: null, savedAt: '2026-12-01T10:00:00.000Z', appVersion: '0.1.0', mergeParentId: null, savedBy: 'Anna' }], mergeParentId: '00000000-0000-4000-8000-0000000000a1' };

/** The calls the store makes, as "method" or "merge.adopt <history length | null>"; `refuse` makes project.apply fail. */
function recorder(opts: { refuse?: boolean } = {}) {
  const calls: string[] = [];
  const s = sample();
  const call = (async (method: string, args: { lineage?: MergeLineage | null }) => {
    if (method === 'merge.adopt') {
      calls.push(`merge.adopt ${args.lineage ? args.lineage.history.length : 'null'}`);
      return { adopted: args.lineage !== null };
    }
    calls.push(method);
    if (method === 'project.apply' && opts.refuse) throw new ClientError({ code: 'doc.invalidChange', messageKey: 'edit.refused', params: { reason: 'x' } });
    if (method === 'project.get') return { sessionId: 's', path: null, dirty: false, revision: 1, doc: s.doc };
    return { revision: calls.length };
  }) as unknown as CallFn;
  const store = createDocStore(call);
  store.getState().load({ sessionId: 's', path: null, dirty: false, revision: 0, doc: s.doc });
  const merged = structuredClone(s.doc);
  updateRisk(merged, s.riskId, { centralEvent: 'Samengevoegd' });
  const merge = () => store.getState().edit('Samenvoegen', (d) => replaceDoc(d, merged), { lineage });
  return { calls, store, merge, riskId: s.riskId };
}

describe('a merge in the document store', () => {
  it('is one undo step; the lineage is adopted after the rows, given back on undo, adopted again on redo', async () => {
    const { calls, store, merge, riskId } = recorder();
    merge();
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().dirty).toBe(true);
    await store.getState().whenPersisted();
    expect(calls).toEqual(['project.apply', 'merge.adopt 1']);
    store.getState().undo();
    expect(store.getState().doc!.risks[riskId]!.centralEvent).toBe('Drugslab in gebruik');
    await store.getState().whenPersisted();
    expect(calls.slice(2)).toEqual(['project.apply', 'merge.adopt null']);
    store.getState().redo();
    await store.getState().whenPersisted();
    expect(store.getState().doc!.risks[riskId]!.centralEvent).toBe('Samengevoegd');
    expect(calls.slice(4)).toEqual(['project.apply', 'merge.adopt 1']);
  });

  it('gives the lineage back when the working copy refuses the merged rows', async () => {
    const { calls, store, merge } = recorder({ refuse: true });
    merge();
    await store.getState().whenPersisted();
    expect(calls).toEqual(['project.apply', 'project.get', 'merge.adopt null']);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('leaves the lineage alone for edits that are no merge', async () => {
    const { calls, store, riskId } = recorder();
    store.getState().edit('Titel', (d) => updateRisk(d, riskId, { title: 'Anders' }));
    store.getState().undo();
    await store.getState().whenPersisted();
    expect(calls).toEqual(['project.apply', 'project.apply']);
  });
});
