/**
 * The preload of the sandboxed renderer: exposes exactly the `VlinderBridge` as `window.vlinder`
 * — one call function and one command listener — never `ipcRenderer` itself. Bundled to
 * CommonJS (`out/preload/index.cjs`) because a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_COMMAND_CHANNEL, type VlinderBridge } from '../../shared/api/bridge.ts';

const bridge = {
  call: (method, args) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, args),
  onCommand(listener) {
    const forward = (_event: IpcRendererEvent, commandId: unknown) => {
      if (typeof commandId === 'string') listener(commandId);
    };
    ipcRenderer.on(IPC_COMMAND_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(IPC_COMMAND_CHANNEL, forward);
  },
  platform: 'electron',
} satisfies VlinderBridge;

contextBridge.exposeInMainWorld('vlinder', bridge);
