/**
 * The Electron entry point, driven the way Electron drives it: import (before "ready"), ready,
 * second launches, macOS open-file, quit. The core and its storage are real; only the `electron`
 * module is replaced.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HOST_OPENED_FILE_COMMAND, IPC_CALL_CHANNEL, IPC_COMMAND_CHANNEL } from '../../../src/shared/api/bridge.ts';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES } from '../../../src/main/electron/security.ts';
import { BrowserWindow, Menu, app, control, dialog, ipcMain, protocol, session } from './fakeElectron.ts';
import { callFromRenderer, makeWorkspace, startSessionPath } from './mainFixtures.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const ws = makeWorkspace();
const startFile = ws.project('Veiligheidsprofiel 2027.vlinder', 'Veiligheidsprofiel 2027');
const laterFile = ws.project('Jeugdoverlast.vlinder', 'Jeugdoverlast');
const macFile = ws.project('Ondermijning.vlinder', 'Ondermijning');
const brokenFile = ws.broken('Bijlage.vlinder');
afterAll(() => ws.cleanup());

// Import = what Electron runs before "ready". Vitest clears mock records before each test, so
// what happened at this point is copied now.
const argv = process.argv;
process.argv = ['/opt/Vlinder/vlinder', '--no-sandbox-is-not-our-flag', startFile];
await import('../../../src/main/electron/main.ts');
process.argv = argv;
const beforeReady = {
  schemes: protocol.registerSchemesAsPrivileged.mock.calls.map((c) => c[0]),
  sandbox: app.enableSandbox.mock.calls.length,
  quit: app.quit.mock.calls.length,
  windows: BrowserWindow.instances.length,
};
control.setPath('userData', ws.userData);
control.setPath('documents', ws.docs);
control.ready();
await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
const win = BrowserWindow.instances[0]!;
const atReady = {
  loaded: win.loadURL.mock.calls.map((c) => c[0]),
  schemesServed: protocol.handle.mock.calls.map((c) => c[0]),
  menus: Menu.setApplicationMenu.mock.calls.length,
};
const pushed = () => win.webContents.sent.filter(([channel]) => channel === IPC_COMMAND_CHANNEL).map(([, id]) => id);

describe('starting', () => {
  it('registers the app scheme and the sandbox before the app is ready, and opens no window yet', () => {
    expect(beforeReady).toEqual({ schemes: [[APP_SCHEME_PRIVILEGES]], sandbox: 1, quit: 0, windows: 0 });
    expect(app.count('web-contents-created')).toBe(1);
  });

  it('opens one secure window on the app’s own URL, with the one IPC channel and the menu', () => {
    expect(win.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((win.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(atReady).toEqual({ loaded: [APP_ENTRY_URL], schemesServed: ['app'], menus: 1 });
    expect([...ipcMain.handlers.keys()]).toEqual([IPC_CALL_CHANNEL]);
    expect(Object.keys(session.defaultSession.hooks).sort()).toEqual(['headers', 'permissionCheck', 'permissionRequest', 'request']);
  });

  it('opens the .vlinder file from the command line before the window asks for it', async () => {
    expect(await startSessionPath()).toBe(startFile);
    const info = await callFromRenderer('app.info');
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
  });

  it('keeps working copies in the user-data folder', () => {
    expect(readdirSync(join(ws.userData, 'working')).some((n) => n.endsWith('.sqlite'))).toBe(true);
  });
});

describe('while running', () => {
  it('opens the file a second launch hands over, and tells the renderer', async () => {
    app.emit('second-instance', {}, ['/opt/Vlinder/vlinder', '--original-process-start-time=1', relative(ws.base, laterFile)], ws.base);
    await vi.waitFor(() => expect(pushed()).toEqual([HOST_OPENED_FILE_COMMAND]));
    expect(await startSessionPath()).toBe(laterFile);
    expect(win.focus).toHaveBeenCalled();
  });

  it('only brings the window forward when a second launch names no file', async () => {
    app.emit('second-instance', {}, ['/opt/Vlinder/vlinder'], ws.base);
    expect(win.focus).toHaveBeenCalledTimes(1);
    expect(pushed()).toEqual([HOST_OPENED_FILE_COMMAND]);
  });

  it('explains in Dutch why a bad file cannot be opened, and keeps the current project', async () => {
    app.emit('second-instance', {}, ['/opt/Vlinder/vlinder', brokenFile], ws.base);
    await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalledTimes(1));
    const [title, message] = dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Het bestand kon niet worden geopend');
    expect(message).toContain(brokenFile);
    expect(message).toMatch(/geen Vlinder-bestand|beschadigd|kan niet worden gelezen/);
    expect(await startSessionPath()).toBe(laterFile);
  });

  it('opens a file macOS hands over with open-file', async () => {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    app.emit('open-file', event, macFile);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(async () => expect(await startSessionPath()).toBe(macFile));
    expect(pushed()).toEqual([HOST_OPENED_FILE_COMMAND, HOST_OPENED_FILE_COMMAND]);
  });
});

describe('quitting', () => {
  it('closes every working copy, leaving no locks behind', () => {
    const working = join(ws.userData, 'working');
    expect(readdirSync(working).filter((n) => n.endsWith('.lock')).length).toBeGreaterThan(0);
    app.emit('will-quit');
    expect(readdirSync(working).filter((n) => n.endsWith('.lock'))).toEqual([]);
    expect(readdirSync(working).filter((n) => /-(wal|shm)$/.test(n))).toEqual([]);
  });
});
