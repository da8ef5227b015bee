/** Applying a template in the renderer is one undo step; undo removes every element again. */
import { describe, expect, it } from 'vitest';
import { readBundledTemplates } from '../../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { createDocStore } from '../../../src/renderer/store/docStore.ts';
import type { CallFn } from '../../../src/shared/api/contract.ts';
import { countEntities } from '../../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { applyTemplate } from '../../../src/shared/templates/applyTemplate.ts';

const template = readBundledTemplates(sourceResourcesDir()).find((t) => t.id === 'verkeersveiligheid')!;

describe('template application in the document store', () => {
  it('is one undo step in the store, and undo removes every element again', async () => {
    const call = (async () => ({ revision: 1 })) as unknown as CallFn;
    const store = createDocStore(call);
    const doc = newProjectDoc({ title: 'T' });
    const riskId = addRisk(doc, { title: 'Verkeer' });
    store.getState().load({ sessionId: 's', path: null, dirty: false, revision: 0, doc });
    const before = countEntities(store.getState().doc!);
    store.getState().edit('Sjabloon toepassen', (d) => applyTemplate(d, riskId, template), { riskId });
    expect(store.getState().history.past).toHaveLength(1);
    expect(countEntities(store.getState().doc!).measures).toBeGreaterThan(10);
    store.getState().undo();
    expect(countEntities(store.getState().doc!)).toEqual(before);
    expect(store.getState().doc!.risks[riskId]!.hazard).toBe('');
  });
});
