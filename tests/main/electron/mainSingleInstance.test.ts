/** A second launch of Vlinder while one is running: it hands over and quits, touching nothing. */
import { afterAll, expect, it, vi } from 'vitest';
import { BrowserWindow, app, control, ipcMain } from './fakeElectron.ts';
import { makeWorkspace } from './mainFixtures.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const ws = makeWorkspace();
afterAll(() => ws.cleanup());

app.requestSingleInstanceLock.mockReturnValue(false);
await import('../../../src/main/electron/main.ts');
const quitAtImport = app.quit.mock.calls.length;
control.setPath('userData', ws.userData);
control.ready();
await new Promise((resolve) => setTimeout(resolve, 50));

it('quits at once when another Vlinder holds the lock, without a window, IPC or working copies', async () => {
  expect(quitAtImport).toBe(1);
  expect(BrowserWindow.instances).toHaveLength(0);
  expect(ipcMain.handlers.size).toBe(0);
  expect(app.count('second-instance')).toBe(0);
  const { existsSync } = await import('node:fs');
  expect(existsSync(ws.userData)).toBe(false);
});
