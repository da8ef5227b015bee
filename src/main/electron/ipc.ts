/**
 * The one IPC channel (`vlinder:call`), bound to the API dispatcher. Every call is checked to
 * come from the top frame of our own renderer (`app://vlinder`) before anything runs; the answer,
 * or the error, always comes back as data (`ApiResult`), never as a rejected promise.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL } from '../../shared/api/bridge.ts';
import type { Dispatch } from '../../shared/api/dispatch.ts';
import { ApiError, type ApiResult } from '../../shared/api/errors.ts';
import { because } from '../../shared/model/check.ts';
import { isAppUrl } from './security.ts';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** True when the call comes from the top frame of our own renderer. */
export function isTrustedSender(event: SenderEvent): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // A frame that is gone (navigated away, window closed) is not a caller we answer.
    return false;
  }
}

/** The handler behind the channel; exported so the sender check can be tested directly. */
export function callHandler(dispatch: Dispatch) {
  return async (event: SenderEvent, method: unknown, args: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: new ApiError('forbidden', { reason: because('check.unknownSender') }).toData() };
    }
    return dispatch(method, args);
  };
}

/** Registers the channel; returns the function that removes it again. */
export function registerIpc(dispatch: Dispatch): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, callHandler(dispatch));
  return () => ipcMain.removeHandler(IPC_CALL_CHANNEL);
}
