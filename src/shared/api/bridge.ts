/**
 * The bridge the Electron preload exposes to the renderer as `window.vlinder`, and the names of
 * the only two IPC channels. Declared once here so the preload (`satisfies VlinderBridge`), the
 * main process and the renderer's IPC transport cannot drift apart.
 */
import type { ApiResult } from './errors.ts';

export interface VlinderBridge {
  /** Calls one API method; the answer (or the error) comes back as data, never as a throw. */
  call(method: string, args: unknown): Promise<ApiResult<unknown>>;
  /** Listens for menu commands pushed by the host; returns the function that stops listening. */
  onCommand(listener: (commandId: string) => void): () => void;
  platform: 'electron';
}

/** Renderer → main: one invoke channel bound to the API dispatcher. */
export const IPC_CALL_CHANNEL = 'vlinder:call';

/** Main → renderer: a command id to run (from the menu, or after the host opened a file). */
export const IPC_COMMAND_CHANNEL = 'vlinder:command';

/**
 * Command the host pushes after it opened a file for the user (second launch with a file
 * argument, or macOS "open-file"). The renderer answers by reading `app.info().startSessionId`
 * and showing that session.
 */
export const HOST_OPENED_FILE_COMMAND = 'project.openFromHost';
