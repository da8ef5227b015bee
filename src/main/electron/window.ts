/**
 * The main window: secure web preferences from `security.ts`, the renderer from `app://vlinder`,
 * shown once painted so no white flash reaches a projector.
 */
import type { BrowserWindow } from 'electron';
import { IPC_COMMAND_CHANNEL } from '../../shared/api/bridge.ts';
import { APP_ENTRY_URL, createSecureWindow } from './security.ts';

export interface WindowOptions {
  preloadPath: string;
  devTools: boolean;
  /** Window icon (Linux; Windows and macOS take it from the packaged app). */
  iconPath?: string;
}

export function createMainWindow(opts: WindowOptions): BrowserWindow {
  const win = createSecureWindow({
    preloadPath: opts.preloadPath,
    devTools: opts.devTools,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Vlinder',
    backgroundColor: '#ffffff',
    ...(opts.iconPath ? { icon: opts.iconPath } : {}),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Pushes a command id to the renderer of `win` (menu choice, file opened by the host). */
export function sendCommand(win: BrowserWindow | null, commandId: string): boolean {
  if (!win || win.isDestroyed()) return false;
  win.webContents.send(IPC_COMMAND_CHANNEL, commandId);
  return true;
}
