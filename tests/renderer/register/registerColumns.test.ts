import { describe, expect, it } from 'vitest';
import type { CallFn } from '../../../src/shared/api/contract.ts';
import { t } from '../../../src/shared/i18n/t.ts';
import type { MessageKey } from '../../../src/shared/i18n/t.ts';
import type { Change, ProjectDoc } from '../../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { withPreset } from '../../../src/shared/register/presets.ts';
import { registerRows } from '../../../src/shared/register/registerRows.ts';
import { createDocStore } from '../../../src/renderer/store/docStore.ts';
import { registerColumns } from '../../../src/renderer/views/register/registerColumns.ts';
import { rescoreRisk } from '../../../src/renderer/views/register/registerEdits.ts';
import type { CommandContext } from '../../../src/renderer/AppContext.tsx';

const tt = (key: MessageKey, params?: Parameters<typeof t>[2]) => t('nl', key, params);

/** A document store over a fake API that records what would be persisted. */
function store(doc: ProjectDoc) {
  const applied: Change[][] = [];
  const call = (async (method: string, args: { changes?: Change[] }) => {
    if (method === 'project.apply') applied.push(args.changes ?? []);
    return { revision: applied.length };
  }) as unknown as CallFn;
  const useDoc = createDocStore(call);
  useDoc.getState().load({ sessionId: 's1', path: null, dirty: false, revision: 0, doc });
  const ctx = { useDoc, call, notify: () => undefined } as unknown as CommandContext;
  return { ctx, useDoc, applied };
}

function setup(preset: 'numeric' | 'letters' = 'numeric') {
  const doc = newProjectDoc({ title: 'Test' });
  doc.project.scales = withPreset(doc.project.scales, preset);
  const id = addRisk(doc, { title: 'Woninginbraak' });
  return { doc, id, ...store(doc) };
}

const row = (doc: ProjectDoc, id: string) => registerRows(doc).find((r) => r.risk.id === id)!;

describe('register columns', () => {
  it('score a class by typing its code, as one undo entry each', () => {
    const s = setup();
    const cols = registerColumns(s.doc, tt);
    const likelihood = cols.find((c) => c.id === 'likelihood')!;
    expect(likelihood.quick!('4')).toBe('4');
    expect(likelihood.quick!('9')).toBeNull();
    likelihood.commit!(s.ctx, row(s.doc, s.id), likelihood.quick!('4')!);
    const after = s.useDoc.getState().doc!;
    expect(row(after, s.id).values['likelihood']).toBe(4);
    expect(likelihood.display(row(after, s.id))).toBe('4');
    expect(s.useDoc.getState().history.past).toHaveLength(1);
    expect(s.useDoc.getState().history.past[0]!.label).toBe('Kans van R01 scoren');
    s.useDoc.getState().undo();
    expect(row(s.useDoc.getState().doc!, s.id).values['likelihood']).toBeUndefined();
  });

  it('take letters on an A–E project and clear with an empty value', () => {
    const s = setup('letters');
    const impact = registerColumns(s.doc, tt).find((c) => c.id === 'impact')!;
    expect(impact.quick!('d')).toBe('4');
    impact.commit!(s.ctx, row(s.doc, s.id), '4');
    expect(impact.display(row(s.useDoc.getState().doc!, s.id))).toBe('D');
    impact.commit!(s.ctx, row(s.useDoc.getState().doc!, s.id), '');
    expect(row(s.useDoc.getState().doc!, s.id).values['impact']).toBeUndefined();
  });

  it('offer fields and their themes as grouped choices and set the theme', () => {
    const s = setup();
    const theme = registerColumns(s.doc, tt).find((c) => c.id === 'theme')!;
    const jv31 = theme.choices!.find((c) => c.label.startsWith('JV-3.1'))!;
    expect(jv31.group).toBe('Jeugd en veiligheid');
    theme.commit!(s.ctx, row(s.doc, s.id), jv31.value);
    const r = row(s.useDoc.getState().doc!, s.id);
    expect([r.field?.code, r.theme?.code]).toEqual(['JV', 'JV-3.1']);
    expect(theme.display(r)).toBe('JV · Jeugdoverlast en jeugdgroepen');
  });

  it('follow the project: impact dimensions switched on make impact computed and add dimension columns', () => {
    const s = setup();
    s.doc.project.scales.impactDimensions[0]!.enabled = true;
    const cols = registerColumns(s.doc, tt);
    expect(cols.find((c) => c.id === 'impact')!.kind).toBe('readonly');
    expect(cols.find((c) => c.id === 'impact.persons')!.title).toBe('Impact: Personen');
    expect(cols.some((c) => c.id === 'evidence')).toBe(false);
    expect(cols.map((c) => c.id).slice(-2)).toEqual(['priority', 'open']);
  });
});

describe('re-scoring from the matrix', () => {
  it('changes likelihood and impact in one undo entry, persisted as one change set', async () => {
    const s = setup();
    rescoreRisk(s.useDoc, 'verplaatst', s.id, 4, 5);
    expect(row(s.useDoc.getState().doc!, s.id)).toMatchObject({ likelihood: 4, impact: 5, score: 20 });
    expect(s.useDoc.getState().history.past).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.applied).toHaveLength(1);
    expect(s.applied[0]!.filter((c) => c.op === 'put' && c.table === 'scores')).toHaveLength(2);
    s.useDoc.getState().undo();
    expect(row(s.useDoc.getState().doc!, s.id).score).toBeNull();
  });
});
