/**
 * The renderer's one way to edit: `edit()` against the real core and a working copy on disk.
 * A refused change becomes a message and costs only its own undo entry; `whenPersisted()`
 * resolves once the working copy has every change; the undo history outlives a reload.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { CheckError } from '../../../src/shared/model/check.ts';
import { addRisk, updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { newId } from '../../../src/shared/model/ids.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { createClient } from '../../../src/renderer/api/client.ts';
import { createDocStore } from '../../../src/renderer/store/docStore.ts';
import { errorMessage } from '../../../src/renderer/i18n/useT.ts';
import { t } from '../../../src/shared/i18n/t.ts';
import { historyMemory, type KeyValueStore } from '../../../src/renderer/store/historyMemory.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';

const tempDir = useTempDirs();
let core: Core | null = null;
afterEach(() => {
  core?.shutdown();
  core = null;
});

/** A tab's sessionStorage: survives a reload of the view, not the tab. */
function tabStorage(): KeyValueStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

async function start() {
  core = createCore({ storage: createStorage({ dataDir: tempDir(), appVersion: 'test' }), host: 'web', appVersion: 'test', formatVersion: 1, loadExample: async () => newProjectDoc({ title: 'x' }) });
  const dispatch = createDispatch(core.handlers);
  const call = createClient({ kind: 'http', call: (m, a) => dispatch(m, a) });
  const tab = tabStorage();
  const open = () => createDocStore(call, historyMemory(tab));
  const session = await call('project.create', { title: 'Wijkscan' });
  const store = open();
  store.getState().load(session);
  const onDisk = async () => (await call('project.get', { sessionId: session.sessionId })).doc;
  /** Reloads the view: a new store in the same tab, loading the session like main.tsx does. */
  const reload = async () => {
    const again = open();
    again.getState().load(await call('project.get', { sessionId: session.sessionId }));
    return again;
  };
  return { store, call, session, onDisk, reload };
}

describe('edit()', () => {
  it('reports a change the operation refuses, and changes nothing', async () => {
    const { store } = await start();
    const before = store.getState().doc;
    const result = store.getState().edit('Risico hernoemen', () => {
      throw new CheckError('riskId', 'verwijst naar een risico dat niet bestaat');
    });
    expect(result).toBeUndefined();
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toEqual([]);
    const error = store.getState().error!;
    expect(error).toMatchObject({ code: 'doc.invalidChange', messageKey: 'edit.refused' });
    expect(t('nl', 'edit.refused', error.params)).toBe('Deze wijziging kan niet: riskId: verwijst naar een risico dat niet bestaat');
  });

  it('reports a refusal as a message, so the English UI shows it in English', async () => {
    const { store } = await start();
    const id = store.getState().edit('Risico toevoegen', (d) => addRisk(d, { title: 'Woninginbraken' }))!;
    store.getState().edit('Risico hernoemen', (d) => updateRisk(d, id, { title: '' }));
    const error = store.getState().error!;
    expect(errorMessage((k, p) => t('nl', k, p), error)).toBe('Deze wijziging kan niet: wijziging.title: mag niet leeg zijn');
    const english = errorMessage((k, p) => t('en', k, p), error);
    expect(english).toBe('This change is not possible: wijziging.title: must not be empty');
  });

  it('when the working copy refuses a change, drops only that undo entry and shows what the file holds', async () => {
    const { store, onDisk } = await start();
    const id = store.getState().edit('Risico toevoegen', (d) => addRisk(d, { title: 'Woninginbraken' }))!;
    store.getState().edit('Risico hernoemen', (d) => updateRisk(d, id, { title: 'Woninginbraken in de wijk' }));
    // A change no operation would make (a theme that does not exist): the working copy refuses it.
    store.getState().edit('Kapot', (d) => void (d.risks[id]!.themeId = newId()));
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Risico toevoegen', 'Risico hernoemen', 'Kapot']);
    await store.getState().whenPersisted();

    expect(store.getState().error).toMatchObject({ code: 'doc.invalidChange', messageKey: 'error.doc.invalidChange' });
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Risico toevoegen', 'Risico hernoemen']);
    expect(store.getState().doc).toEqual(await onDisk());
    expect(store.getState().doc!.risks[id]!.title).toBe('Woninginbraken in de wijk');

    store.getState().undo();
    await store.getState().whenPersisted();
    expect((await onDisk()).risks[id]!.title).toBe('Woninginbraken');
  });

  it('keeps the edits made after a refused change on screen, and in the file', async () => {
    const { store, onDisk } = await start();
    const id = store.getState().edit('Risico toevoegen', (d) => addRisk(d, { title: 'Woninginbraken' }))!;
    store.getState().edit('Kapot', (d) => void (d.risks[id]!.themeId = newId()));
    // Typed while the refused change is still on its way: it must not vanish from the screen.
    store.getState().edit('Risico hernoemen', (d) => updateRisk(d, id, { title: 'Woninginbraken in de wijk' }));
    const later = store.getState().edit('Risico toevoegen', (d) => addRisk(d, { title: 'Fietsendiefstal' }))!;
    await store.getState().whenPersisted();

    expect(store.getState().error).toMatchObject({ code: 'doc.invalidChange' });
    const shown = store.getState().doc!;
    expect(shown.risks[id]!.title).toBe('Woninginbraken in de wijk');
    expect(shown.risks[later]!.title).toBe('Fietsendiefstal');
    expect(shown).toEqual(await onDisk());
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Risico toevoegen', 'Risico hernoemen', 'Risico toevoegen']);
  });

  it('whenPersisted() resolves once the working copy holds every change made so far', async () => {
    const { store, onDisk } = await start();
    for (let i = 1; i <= 20; i++) store.getState().edit(`Risico ${i}`, (d) => addRisk(d, { title: `Risico ${i}` }));
    expect(store.getState().pending).toBeGreaterThan(0);
    await store.getState().whenPersisted();
    expect(store.getState().pending).toBe(0);
    expect(Object.keys((await onDisk()).risks)).toHaveLength(20);
  });
});

describe('undo history across a reload of the view', () => {
  it('undoes and redoes after the view is reloaded', async () => {
    const { store, onDisk, reload } = await start();
    const id = store.getState().edit('Risico toevoegen', (d) => addRisk(d, { title: 'Overlast' }))!;
    store.getState().edit('Risico hernoemen', (d) => updateRisk(d, id, { title: 'Overlast rond het station' }));
    await store.getState().whenPersisted();

    const again = await reload();
    expect(again.getState().history.past.map((e) => e.label)).toEqual(['Risico toevoegen', 'Risico hernoemen']);
    again.getState().undo();
    await again.getState().whenPersisted();
    expect((await onDisk()).risks[id]!.title).toBe('Overlast');

    const third = await reload();
    expect(third.getState().history.future.map((e) => e.label)).toEqual(['Risico hernoemen']);
    third.getState().redo();
    await third.getState().whenPersisted();
    expect((await onDisk()).risks[id]!.title).toBe('Overlast rond het station');
  });

  it('starts a fresh history when the working copy changed since (the patches would not fit)', async () => {
    const { store, call, session, reload } = await start();
    store.getState().edit('Risico toevoegen', (d) => addRisk(d, { title: 'Overlast' }));
    await store.getState().whenPersisted();
    // Another window on the same working copy made a change in between.
    const now = await call('project.get', { sessionId: session.sessionId });
    await call('project.apply', { sessionId: session.sessionId, changes: [{ op: 'project', value: { ...now.doc.project, municipality: 'Elders' } }] });
    expect((await reload()).getState().history.past).toEqual([]);
  });

  it('forgets the history when the project is closed', async () => {
    const { store, reload } = await start();
    store.getState().edit('Risico toevoegen', (d) => addRisk(d, { title: 'Overlast' }));
    await store.getState().whenPersisted();
    store.getState().clear();
    expect((await reload()).getState().history.past).toEqual([]);
  });
});
