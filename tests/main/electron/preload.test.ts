import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_COMMAND_CHANNEL, type VlinderBridge } from '../../../src/shared/api/bridge.ts';
import { contextBridge, ipcRenderer } from './fakeElectron.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

// Loading the preload is what exposes the bridge, as Electron does once per page. The calls are
// copied now because Vitest clears mock records before each test.
await import('../../../src/main/electron/preload.ts');
const exposures = contextBridge.exposeInMainWorld.mock.calls.map((call) => [...call]) as Array<[string, VlinderBridge]>;

function exposed(): VlinderBridge {
  expect(exposures).toHaveLength(1);
  const [name, bridge] = exposures[0]!;
  expect(name).toBe('vlinder');
  return bridge;
}

describe('the preload bridge', () => {
  it('exposes exactly call, onCommand and platform — never ipcRenderer', async () => {
    const bridge = exposed();
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onCommand', 'platform']);
    expect(bridge.platform).toBe('electron');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('sends calls on the one call channel', async () => {
    const bridge = exposed();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { name: 'Vlinder' } });
    await expect(bridge.call('app.info', {})).resolves.toEqual({ ok: true, value: { name: 'Vlinder' } });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CALL_CHANNEL, 'app.info', {});
  });

  it('passes pushed command ids to the listener until it unsubscribes', async () => {
    const bridge = exposed();
    const seen: string[] = [];
    const stop = bridge.onCommand((id) => seen.push(id));
    ipcRenderer.emit(IPC_COMMAND_CHANNEL, {}, 'project.save');
    ipcRenderer.emit(IPC_COMMAND_CHANNEL, {}, { not: 'a command id' });
    stop();
    ipcRenderer.emit(IPC_COMMAND_CHANNEL, {}, 'edit.undo');
    expect(seen).toEqual(['project.save']);
    expect(ipcRenderer.count(IPC_COMMAND_CHANNEL)).toBe(0);
  });
});
