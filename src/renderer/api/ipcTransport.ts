/** Transport over the Electron preload bridge (`window.vlinder`). */
import type { VlinderBridge } from '../../shared/api/bridge.ts';
import type { Transport } from './transport.ts';

export function ipcTransport(bridge: VlinderBridge): Transport {
  return {
    kind: 'ipc',
    call: (method, args) => bridge.call(method, args),
    onCommand: (listener) => bridge.onCommand(listener),
  };
}
