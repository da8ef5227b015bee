/**
 * Closing the desktop window with work that is not in a file yet: the host asks with a native
 * dialog, "Annuleren" keeps the window open, "Sluiten" closes, and the work stays recoverable.
 * The core and its storage are real; only the `electron` module is replaced.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../src/shared/api/methods/project.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { BrowserWindow, app, control, dialog, fakeEvent } from './fakeElectron.ts';
import { callFromRenderer, makeWorkspace } from './mainFixtures.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const ws = makeWorkspace();
afterAll(() => ws.cleanup());

const argv = process.argv;
process.argv = ['/opt/Vlinder/vlinder'];
await import('../../../src/main/electron/main.ts');
process.argv = argv;
control.setPath('userData', ws.userData);
control.ready();
await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
const win = BrowserWindow.instances[0]!;

/** The user clicks the window's close button; returns whether the window stays open. */
function closeWindow(): boolean {
  const event = fakeEvent();
  win.emit('close', event);
  return event.defaultPrevented;
}

async function value<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

beforeEach(() => dialog.showMessageBoxSync.mockReset());

describe('closing the window', () => {
  it('closes without a question while nothing is unsaved', async () => {
    await value<Session>(callFromRenderer('project.create', { title: 'Leeg project' }));
    expect(closeWindow()).toBe(false);
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
  });

  it('asks in Dutch when a project has unsaved changes; Annuleren keeps the window, Sluiten closes it', async () => {
    const session = await value<Session>(callFromRenderer('project.create', { title: 'Wijkscan' }));
    await value(callFromRenderer('project.apply', { sessionId: session.sessionId, changes: [{ op: 'project', value: { ...session.doc.project, municipality: 'Voorbeeld' } }] }));

    dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(closeWindow()).toBe(true);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    const [parent, options] = dialog.showMessageBoxSync.mock.calls[0] as [unknown, { message: string; detail: string; buttons: string[]; cancelId: number }];
    expect(parent).toBe(win);
    expect(options.message).toBe('Er zijn wijzigingen die nog niet in een .vlinder-bestand staan.');
    expect(options.detail).toContain('bij de volgende start biedt Vlinder het aan om te herstellen');
    expect(options.buttons).toEqual(['Sluiten', 'Annuleren']);
    expect(options.cancelId).toBe(1); // Escape = Annuleren

    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(closeWindow()).toBe(false);

    // Quitting keeps the unsaved working copy: the next start offers it for recovery.
    app.emit('will-quit');
    const next = createStorage({ dataDir: ws.userData, appVersion: 'test' });
    expect(next.leftovers().map((l) => [l.id, l.title])).toEqual([[session.sessionId, 'Wijkscan']]);
  });
});
