import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL } from '../../../src/shared/api/bridge.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import type { ApiErrorData } from '../../../src/shared/api/errors.ts';
import { t } from '../../../src/shared/i18n/t.ts';
import { callHandler, registerIpc } from '../../../src/main/electron/ipc.ts';
import { createHostCore } from '../../../src/main/hostCore.ts';
import { ipcMain } from './fakeElectron.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function realDispatch() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vlinder-ipc-'));
  const core = createHostCore({ host: 'electron', dataDir, resourcesDir: join(process.cwd(), 'resources') });
  cleanups.push(() => {
    core.shutdown();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return vi.fn(createDispatch(core.handlers));
}

function sender(url: string | null, opts: { subframe?: boolean } = {}): IpcMainInvokeEvent {
  const frame = url === null ? null : { url, parent: opts.subframe ? { url } : null };
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('the IPC channel', () => {
  it('registers exactly one channel, bound to the dispatcher', async () => {
    const dispatch = realDispatch();
    const remove = registerIpc(dispatch);
    expect([...ipcMain.handlers.keys()]).toEqual([IPC_CALL_CHANNEL]);
    const handler = ipcMain.handlers.get(IPC_CALL_CHANNEL) as ReturnType<typeof callHandler>;
    const result = await handler(sender('app://vlinder/index.html'), 'app.info', {});
    expect(result).toMatchObject({ ok: true, value: { name: 'Vlinder', host: 'electron', startSessionId: null } });
    remove();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('refuses callers that are not our own renderer, without running anything', async () => {
    const dispatch = realDispatch();
    const handler = callHandler(dispatch);
    for (const event of [
      sender('https://evil.example/'),
      sender('file:///home/user/Downloads/page.html'),
      sender('app://other/index.html'),
      sender('app://vlinder/index.html', { subframe: true }),
      sender(null),
    ]) {
      const result = await handler(event, 'project.create', { title: 'Kaping' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', messageKey: 'error.forbidden' } });
      const error = (result as { error: ApiErrorData }).error;
      expect(t('nl', 'error.forbidden', error.params)).toBe('Geweigerd: dit verzoek komt niet van Vlinder zelf (onbekende afzender).');
      expect(t('en', 'error.forbidden', error.params)).toMatch(/\(unknown sender\)\.$/);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers errors as data, never by throwing', async () => {
    const handler = callHandler(realDispatch());
    const good = sender('app://vlinder/index.html');
    await expect(handler(good, 'project.get', { sessionId: 'nope' })).resolves.toMatchObject({ ok: false, error: { code: 'session.notFound' } });
    await expect(handler(good, 'project.create', { title: 42 })).resolves.toMatchObject({ ok: false, error: { code: 'badArgument' } });
    await expect(handler(good, 'fs.readFile', { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
  });

  it('treats a frame that is gone as a stranger', async () => {
    const dispatch = realDispatch();
    const gone = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    await expect(callHandler(dispatch)(gone, 'app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
