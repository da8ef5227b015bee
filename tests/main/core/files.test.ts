import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';

const tempDir = useTempDirs();
let core: Core | null = null;
afterEach(() => {
  core?.shutdown();
  core = null;
});

function start() {
  const data = tempDir();
  const storage = createStorage({ dataDir: data, appVersion: 'test' });
  core = createCore({ storage, host: 'web', appVersion: 'test', formatVersion: 3, recentFile: join(data, 'recent.json'), loadExample: async () => newProjectDoc({ title: 'Voorbeeld' }) });
  return { core, dispatch: createDispatch(core.handlers), data };
}

describe('files.list: the folders of the host for the in-app file chooser', () => {
  it('lists sub-folders first, then the files of the asked kinds, and leaves hidden entries out', async () => {
    const { core } = start();
    const dir = tempDir();
    mkdirSync(join(dir, 'Zomer 2026'));
    mkdirSync(join(dir, 'archief'));
    mkdirSync(join(dir, '.verborgen'));
    for (const f of ['b.vlinder', 'A.VLINDER', 'notities.txt', 'verslag.docx', '.c.vlinder']) writeFileSync(join(dir, f), 'x');
    const listing = await core.handlers['files.list']({ folder: dir, extensions: ['.vlinder'] });
    expect(listing.folder).toBe(dir);
    expect(listing.entries.map((e) => `${e.kind}:${e.name}`)).toEqual(['folder:archief', 'folder:Zomer 2026', 'file:A.VLINDER', 'file:b.vlinder']);
    expect(listing.entries.find((e) => e.name === 'b.vlinder')).toMatchObject({ path: join(dir, 'b.vlinder'), size: 1 });
    expect(listing.parent).toBe(join(dir, '..'));
    expect(listing.places.map((p) => p.label)).toContain('home');
    const both = await core.handlers['files.list']({ folder: dir, extensions: ['.vlinder', '.docx'] });
    expect(both.entries.filter((e) => e.kind === 'file').map((e) => e.name)).toEqual(['A.VLINDER', 'b.vlinder', 'verslag.docx']);
  });

  it('has no parent at the root and starts in the default folder without a folder', async () => {
    const { core } = start();
    expect((await core.handlers['files.list']({ folder: '/', extensions: ['.vlinder'] })).parent).toBeNull();
    const start0 = await core.handlers['files.list']({ extensions: ['.vlinder'] });
    expect(existsSync(start0.folder)).toBe(true);
  });

  it('refuses a missing folder, or a file given as folder, with its own message', async () => {
    const { dispatch } = start();
    const dir = tempDir();
    writeFileSync(join(dir, 'los.vlinder'), 'x');
    for (const folder of [join(dir, 'bestaat-niet'), join(dir, 'los.vlinder')]) {
      expect(await dispatch('files.list', { folder, extensions: ['.vlinder'] })).toMatchObject({ ok: false, error: { code: 'file.folderMissing', messageKey: 'error.file.folderMissing', params: { folder } } });
    }
    expect(await dispatch('files.list', { extensions: ['vlinder'] })).toMatchObject({ ok: false, error: { code: 'badArgument' } });
  });
});

describe('project.save and the recent files', () => {
  it('gives a name without .vlinder the extension, and refuses a folder that is not there', async () => {
    const { core, dispatch } = start();
    const dir = tempDir();
    const session = await core.handlers['project.create']({ title: 'Veilig 2027' });
    const saved = await core.handlers['project.save']({ sessionId: session.sessionId, path: join(dir, 'plan') });
    expect(saved.path).toBe(join(dir, 'plan.vlinder'));
    expect(existsSync(join(dir, 'plan.vlinder'))).toBe(true);
    const missing = join(dir, 'weg', 'plan.vlinder');
    expect(await dispatch('project.save', { sessionId: session.sessionId, path: missing })).toMatchObject({ ok: false, error: { code: 'file.folderMissing', params: { folder: join(dir, 'weg') } } });
    expect(existsSync(join(dir, 'weg'))).toBe(false);
  });

  it('remembers the projects saved and opened, newest first, at most ten, and says which are gone', async () => {
    const { core } = start();
    const dir = tempDir();
    const session = await core.handlers['project.create']({ title: 'Plan' });
    for (let i = 0; i < 12; i++) await core.handlers['project.save']({ sessionId: session.sessionId, path: join(dir, `p${i}.vlinder`) });
    let recent = await core.handlers['files.recent']({});
    expect(recent.map((r) => r.path)).toEqual(Array.from({ length: 10 }, (_, i) => join(dir, `p${11 - i}.vlinder`)));
    expect(recent[0]).toMatchObject({ title: 'Plan', exists: true });
    const opened = await core.handlers['project.open']({ path: join(dir, 'p5.vlinder') });
    expect((await core.handlers['files.recent']({}))[0]!.path).toBe(opened.path);
    (await import('node:fs')).rmSync(join(dir, 'p11.vlinder'));
    recent = await core.handlers['files.recent']({});
    expect(recent.find((r) => r.path === join(dir, 'p11.vlinder'))!.exists).toBe(false);
  });

  it('reads a damaged list as an empty one and writes a good one on the next save', async () => {
    const { core, data } = start();
    writeFileSync(join(data, 'recent.json'), '{ niet: json');
    expect(await core.handlers['files.recent']({})).toEqual([]);
    writeFileSync(join(data, 'recent.json'), JSON.stringify([{ path: 1 }, { path: '/a.vlinder', title: 'A', at: '2026-01-01T00:00:00Z' }]));
    expect((await core.handlers['files.recent']({})).map((r) => r.path)).toEqual(['/a.vlinder']);
  });
});
