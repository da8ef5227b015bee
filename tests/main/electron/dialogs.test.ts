import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { dialogHandlers, extensionOf, safeFileName, withExtension } from '../../../src/main/electron/dialogs.ts';
import { createHostCore } from '../../../src/main/hostCore.ts';
import { control, dialog, shell } from './fakeElectron.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const base = mkdtempSync(join(tmpdir(), 'vlinder-dialogs-'));
control.setPath('documents', join(base, 'Documenten'));
const core = createHostCore({ host: 'electron', dataDir: join(base, 'data'), resourcesDir: base, hostHandlers: dialogHandlers(() => null, () => 'nl') });
const call = createDispatch(core.handlers);
afterAll(() => {
  core.shutdown();
  rmSync(base, { recursive: true, force: true });
});

describe('native dialogs through the API', () => {
  it('offers .vlinder files to open and answers the chosen path', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/werk/ivrp.vlinder'] });
    expect(await call('dialog.openFile', {})).toEqual({ ok: true, value: { path: '/werk/ivrp.vlinder' } });
    const options = dialog.showOpenDialog.mock.calls[0]![0];
    expect(options).toMatchObject({ title: 'Project openen', filters: [{ name: 'Vlinder-project', extensions: ['vlinder'] }], properties: ['openFile'] });
  });

  it('answers null when the user cancels', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('dialog.openFile', {})).toEqual({ ok: true, value: { path: null } });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await call('dialog.saveFile', { defaultName: 'x.vlinder' })).toEqual({ ok: true, value: { path: null } });
  });

  it('saves with the extension of the suggested name, adding it when the user left it off', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/werk/rapport' });
    expect(await call('dialog.saveFile', { defaultName: 'IVRP Gemeente Voorbeeld.docx' })).toEqual({ ok: true, value: { path: '/werk/rapport.docx' } });
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ filters: [{ name: 'DOCX', extensions: ['docx'] }] });
    // The next dialog starts in the folder the user chose last.
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await call('dialog.saveFile', { defaultName: 'Veilig: "wijk" 3/4?.vlinder' });
    expect(dialog.showSaveDialog.mock.calls[1]![0]).toMatchObject({ defaultPath: join('/werk', 'Veilig_ _wijk_ 3_4_.vlinder') });
  });

  it('suggests a file in Documents for a first save', async () => {
    const fresh = dialogHandlers(() => null, () => 'en');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await fresh['dialog.saveFile']({ defaultName: 'Veiligheidsprofiel.vlinder' });
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ title: 'Save as', defaultPath: join(base, 'Documenten', 'Veiligheidsprofiel.vlinder'), filters: [{ name: 'Vlinder project' }] });
  });

  it('shows an existing file in the file manager, and refuses one that is not there', async () => {
    const file = join(base, 'bestaand.vlinder');
    writeFileSync(file, 'x');
    expect(await call('shell.showItem', { path: file })).toEqual({ ok: true, value: { shown: true } });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
    expect(await call('shell.showItem', { path: join(base, 'weg.vlinder') })).toMatchObject({ ok: false, error: { code: 'file.notFound' } });
    expect(await call('shell.showItem', { path: 'relatief.vlinder' })).toMatchObject({ ok: false, error: { code: 'file.notFound' } });
    expect(shell.showItemInFolder).toHaveBeenCalledTimes(1);
  });

  it('validates arguments before any dialog opens', async () => {
    expect(await call('dialog.saveFile', { defaultName: 5 })).toMatchObject({ ok: false, error: { code: 'badArgument' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file names', () => {
  it('makes any suggested name safe for every file system', () => {
    expect(safeFileName('Gemeente <Noord>: "R01" | concept?.docx')).toBe('Gemeente _Noord__ _R01_ _ concept_.docx');
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('_.._Windows_win.ini');
    expect(safeFileName('...')).toBe('project.vlinder');
    expect(extensionOf('a.XLSX')).toBe('xlsx');
    expect(extensionOf(undefined)).toBe('vlinder');
    expect(extensionOf('geen-extensie')).toBe('vlinder');
    expect(withExtension('/a/b.VLINDER', 'vlinder')).toBe('/a/b.VLINDER');
    expect(withExtension('/a/b', 'vlinder')).toBe('/a/b.vlinder');
  });
});
