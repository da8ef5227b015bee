/** Real .vlinder files and a data folder for the tests of the Electron entry point. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL } from '../../../src/shared/api/bridge.ts';
import type { ApiResult } from '../../../src/shared/api/errors.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { ipcMain } from './fakeElectron.ts';

export function makeWorkspace() {
  const base = mkdtempSync(join(tmpdir(), 'vlinder-electron-main-'));
  const userData = join(base, 'userData');
  const docs = join(base, 'Documenten');
  mkdirSync(docs);
  const maker = createStorage({ dataDir: join(base, 'maker'), appVersion: '0.0.0-test' });
  const project = (name: string, title: string) => {
    const path = join(docs, name);
    const wc = maker.create(newProjectDoc({ title }));
    wc.save(path, { force: false, appVersion: '0.0.0-test' });
    wc.close(true);
    return path;
  };
  const broken = (name: string) => {
    const path = join(docs, name);
    writeFileSync(path, 'Dit is geen database, maar een e-mailbijlage met een verkeerde naam.');
    return path;
  };
  return { base, userData, docs, project, broken, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Calls the API the way the renderer does, from our own page. */
export async function callFromRenderer(method: string, args: unknown = {}): Promise<ApiResult<unknown>> {
  const handler = ipcMain.handlers.get(IPC_CALL_CHANNEL) as (e: IpcMainInvokeEvent, m: unknown, a: unknown) => Promise<ApiResult<unknown>>;
  const event = { senderFrame: { url: 'app://vlinder/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
  return handler(event, method, args);
}

/** The path of the session the host opened for the user (app.info().startSessionId). */
export async function startSessionPath(): Promise<string | null> {
  const info = await callFromRenderer('app.info');
  if (!info.ok) throw new Error(JSON.stringify(info.error));
  const id = (info.value as { startSessionId: string | null }).startSessionId;
  if (!id) return null;
  const session = await callFromRenderer('project.get', { sessionId: id });
  if (!session.ok) throw new Error(JSON.stringify(session.error));
  return (session.value as { path: string | null }).path;
}
