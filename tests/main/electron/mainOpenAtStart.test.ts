/**
 * Files handed over before the app is ready: macOS sends "open-file" at launch (a double-click
 * in Finder), and a command-line file may be damaged.
 */
import { afterAll, expect, it, vi } from 'vitest';
import { IPC_COMMAND_CHANNEL } from '../../../src/shared/api/bridge.ts';
import { BrowserWindow, app, control, dialog } from './fakeElectron.ts';
import { callFromRenderer, makeWorkspace, startSessionPath } from './mainFixtures.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const ws = makeWorkspace();
const brokenFile = ws.broken('Kapot.vlinder');
const finderFile = ws.project('Uit Finder.vlinder', 'Uit Finder');
const secondLaunchFile = ws.project('Tweede start.vlinder', 'Tweede start');
afterAll(() => ws.cleanup());

const argv = process.argv;
process.argv = ['/Applications/Vlinder.app/Contents/MacOS/Vlinder', brokenFile];
await import('../../../src/main/electron/main.ts');
process.argv = argv;
app.emit('open-file', { preventDefault() {} }, finderFile);
// A second launch while this one is still starting.
app.emit('second-instance', {}, ['/Applications/Vlinder.app/Contents/MacOS/Vlinder', secondLaunchFile], ws.base);
control.setPath('userData', ws.userData);
control.ready();
await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
const errors = dialog.showErrorBox.mock.calls.map((c) => [...c]);

it('reports the damaged command-line file and still starts', () => {
  expect(errors).toHaveLength(1);
  expect(errors[0]![0]).toBe('Het bestand kon niet worden geopend');
  expect(errors[0]![1]).toContain(brokenFile);
});

it('opens the files handed over before the window existed; the last one is the start project', async () => {
  const sessions = await callFromRenderer('project.sessions');
  expect(sessions.ok && (sessions.value as Array<{ path: string }>).map((s) => s.path).sort()).toEqual([secondLaunchFile, finderFile].sort());
  expect(await startSessionPath()).toBe(secondLaunchFile);
  // The window loads after the file is open, so it reads the start project itself: no push needed.
  expect(BrowserWindow.instances[0]!.webContents.sent.filter(([c]) => c === IPC_COMMAND_CHANNEL)).toEqual([]);
  app.emit('will-quit');
});
