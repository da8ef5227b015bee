/**
 * The bow-tie commands against the real stores: which apply to which selection, and what running
 * them does to the document and the undo history (one entry per element added, renamed, moved or
 * deleted).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallFn } from '../../src/shared/api/contract.ts';
import type { CommandId } from '../../src/shared/commands/catalogue.ts';
import { layoutBowtie } from '../../src/shared/layout/bowtieLayout.ts';
import { addRisk, updateRisk } from '../../src/shared/model/ops/risks.ts';
import { causeLines, placementsOnPath } from '../../src/shared/model/query.ts';
import { confidentialCount } from '../../src/renderer/canvas/confidential.ts';
import { updateCause } from '../../src/shared/model/ops/causes.ts';
import { canvasBridge } from '../../src/renderer/canvas/canvasBridge.ts';
import { commitLabel } from '../../src/renderer/canvas/editing.ts';
import { useEditor } from '../../src/renderer/canvas/editorStore.ts';
import { bowtieCommands } from '../../src/renderer/commands/bowtieCommands.ts';
import { registerCommands, runCommand, getCommand } from '../../src/renderer/commands/registry.ts';
import { createDocStore } from '../../src/renderer/store/docStore.ts';
import { useUi } from '../../src/renderer/store/uiStore.ts';
import { sample, type Sample } from './sampleDoc.ts';
import type { CommandContext } from '../../src/renderer/AppContext.tsx';

// The commands run outside a browser here: frames become timeouts, and no element has focus.
globalThis.requestAnimationFrame ??= ((cb: FrameRequestCallback) => setTimeout(() => cb(0), 0)) as unknown as typeof requestAnimationFrame;
(globalThis as { document?: unknown }).document ??= { activeElement: null, body: null, documentElement: null, getElementById: () => null, querySelector: () => null };

registerCommands(bowtieCommands);

let s: Sample;
let ctx: CommandContext;

beforeEach(() => {
  s = sample();
  const call = vi.fn(async () => ({})) as unknown as CallFn;
  const useDoc = createDocStore(call);
  useDoc.getState().load({ sessionId: 'test', path: null, dirty: false, revision: 0, doc: s.doc });
  ctx = { call, transport: { kind: 'http', call: async () => ({ ok: true, value: null }) as never }, useDoc, notify: vi.fn() };
  useUi.setState({ view: 'bowtie', riskId: s.riskId, selection: null, paletteOpen: false, shortcutsOpen: false });
  useEditor.setState({ editingKey: null, draft: null, focusMode: false, lastMove: null });
  const riskId = s.riskId;
  canvasBridge.attach({
    riskId,
    get layout() {
      return layoutBowtie(useDoc.getState().doc!, riskId);
    },
    zoomToFit: () => undefined,
    zoomBy: () => undefined,
    reveal: () => undefined,
    focus: () => undefined,
  });
});

const enabled = (id: CommandId) => getCommand(id)!.enabled!(ctx);
const doc = () => ctx.useDoc.getState().doc!;
const past = () => ctx.useDoc.getState().history.past.length;

describe('which bow-tie commands apply', () => {
  it('with nothing selected: add a cause or consequence, nothing that needs a selection', () => {
    expect(enabled('bowtie.addCause')).toBe(true);
    expect(enabled('bowtie.addConsequence')).toBe(true);
    for (const id of ['bowtie.addPreventive', 'bowtie.addLimiting', 'bowtie.addEscalation', 'bowtie.rename', 'bowtie.delete', 'bowtie.moveDown'] as const) expect(enabled(id), id).toBe(false);
  });

  it('on the first cause: preventive measures, delete, move down but not up', () => {
    useUi.getState().select(`cause:${s.causes[0]}`);
    expect(enabled('bowtie.addPreventive')).toBe(true);
    expect(enabled('bowtie.addLimiting')).toBe(false);
    expect(enabled('bowtie.delete')).toBe(true);
    expect(enabled('bowtie.moveUp')).toBe(false);
    expect(enabled('bowtie.moveDown')).toBe(true);
  });

  it('on the central event: rename but never delete', () => {
    useUi.getState().select('event');
    expect(enabled('bowtie.rename')).toBe(true);
    expect(enabled('bowtie.delete')).toBe(false);
  });

  it('not when another view is open', () => {
    useUi.setState({ view: 'register' });
    expect(enabled('bowtie.addCause')).toBe(false);
  });
});

describe('running them', () => {
  it('adds measures in a chain, one undo entry per measure, until an empty name', async () => {
    useUi.getState().select(`cause:${s.causes[1]}`);
    await runCommand('bowtie.addPreventive', ctx);
    expect(useEditor.getState().draft).not.toBeNull();
    const before = past();
    commitLabel(ctx, s.riskId, 'Cameratoezicht');
    commitLabel(ctx, s.riskId, '  Buurtpreventie  ');
    commitLabel(ctx, s.riskId, '');
    expect(useEditor.getState().draft).toBeNull();
    expect(placementsOnPath(doc(), s.causes[1]!).map((p) => doc().measures[p.measureId]!.label)).toEqual(['B1', 'Cameratoezicht', 'Buurtpreventie']);
    expect(past() - before).toBe(2);
    ctx.useDoc.getState().undo();
    expect(placementsOnPath(doc(), s.causes[1]!).map((p) => doc().measures[p.measureId]!.label)).toEqual(['B1', 'Cameratoezicht']);
  });

  it('renames in place only when the name changed', async () => {
    const key = `measure:${s.placements[0]}`;
    useUi.getState().select(key);
    await runCommand('bowtie.rename', ctx);
    expect(useEditor.getState().editingKey).toBe(key);
    const before = past();
    commitLabel(ctx, s.riskId, 'A1');
    expect(past()).toBe(before);
    await runCommand('bowtie.rename', ctx);
    commitLabel(ctx, s.riskId, 'Toezicht op verhuur');
    expect(past()).toBe(before + 1);
    expect(doc().measures[doc().placements[s.placements[0]!]!.measureId]!.label).toBe('Toezicht op verhuur');
  });

  it('deletes and moves, each undoable', async () => {
    useUi.getState().select(`cause:${s.causes[0]}`);
    await runCommand('bowtie.moveDown', ctx);
    expect(causeLines(doc(), s.riskId).map((l) => l.cause.label)).toEqual(['B', 'A']);
    await runCommand('bowtie.delete', ctx);
    expect(causeLines(doc(), s.riskId).map((l) => l.cause.label)).toEqual(['B']);
    ctx.useDoc.getState().undo();
    ctx.useDoc.getState().undo();
    expect(causeLines(doc(), s.riskId).map((l) => l.cause.label)).toEqual(['A', 'B']);
  });
});

describe('in a workshop', () => {
  it('PageDown and PageUp step through the risks chosen for a bow-tie, skipping the long list', async () => {
    const d = ctx.useDoc.getState();
    const [r2, r3, r4] = ['Tweede', 'Derde', 'Vierde'].map((title) => d.edit('add', (draft) => addRisk(draft, { title }))!);
    d.edit('status', (draft) => {
      updateRisk(draft, s.riskId, { status: 'selected' });
      updateRisk(draft, r2!, { status: 'longlist' });
      updateRisk(draft, r3!, { status: 'workedOut' });
      updateRisk(draft, r4!, { status: 'selected' });
    });
    await runCommand('risk.next', ctx);
    expect(useUi.getState().riskId).toBe(r3);
    await runCommand('risk.next', ctx);
    expect(useUi.getState().riskId).toBe(r4);
    // At the last chosen risk the key stays put and says so, instead of doing nothing.
    await runCommand('risk.next', ctx);
    expect(useUi.getState().riskId).toBe(r4);
    expect(ctx.notify).toHaveBeenLastCalledWith('Dit is het laatste gekozen risico.');
    await runCommand('risk.previous', ctx);
    expect(useUi.getState().riskId).toBe(r3);
  });

  it('counts what the projector theme leaves out', () => {
    const d = ctx.useDoc.getState();
    expect(confidentialCount(doc(), s.riskId)).toBe(0);
    d.edit('conf', (draft) => updateCause(draft, draft.riskCauses[s.causes[0]!]!.causeId, { confidentiality: 'confidential' }));
    expect(confidentialCount(doc(), s.riskId)).toBe(1);
  });
});
