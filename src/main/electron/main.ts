/**
 * Entry of the Electron main process. Thin on purpose (DESIGN.md §2): it wires the core to one
 * window, one IPC channel and the menu; every behaviour lives in the core.
 *
 * - One instance per user: a second launch hands its `.vlinder` argument to the first and quits.
 * - A `.vlinder` file on the command line (or from macOS "open-file") is opened by the core
 *   before the window loads, and becomes `app.info().startSessionId`; files arriving later are
 *   opened the same way and announced to the renderer with `project.openFromHost`.
 * - Working copies live in `app.getPath('userData')`; on quit the core closes them, keeping
 *   unsaved ones for recovery. Closing the window with unsaved work asks first (closeGuard.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, protocol, session, type BrowserWindow } from 'electron';
import { HOST_OPENED_FILE_COMMAND } from '../../shared/api/bridge.ts';
import { createDispatch } from '../../shared/api/dispatch.ts';
import type { ApiErrorData } from '../../shared/api/errors.ts';
import type { Session } from '../../shared/api/methods/project.ts';
import { isMessageKey, t } from '../../shared/i18n/t.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { createHostCore } from '../hostCore.ts';
import { serveAppProtocol } from './appProtocol.ts';
import { guardClose } from './closeGuard.ts';
import { dialogHandlers } from './dialogs.ts';
import { vlinderFileFromArgv } from './fileArgs.ts';
import { hostLanguage } from './hostLanguage.ts';
import { registerIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { electronPdfPrinter } from './printWindow.ts';
import { APP_SCHEME_PRIVILEGES, hardenApp, hardenSession } from './security.ts';
import { createMainWindow, sendCommand } from './window.ts';

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));

// Before "ready": the app scheme's privileges, the sandbox for every renderer, the page rules.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
hardenApp(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  let openFile: ((path: string) => Promise<void>) | null = null;
  const early: string[] = [];
  const argvFile = vlinderFileFromArgv(process.argv, process.cwd());
  if (argvFile) early.push(argvFile);

  const showWindow = () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  };

  app.on('second-instance', (_event, argv, cwd) => {
    const file = vlinderFileFromArgv(argv, cwd);
    if (file && openFile) void openFile(file);
    else if (file) early.push(file); // still starting: opened with the others once ready
    showWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (openFile) void openFile(path);
    else early.push(path);
  });

  void app.whenReady().then(async () => {
    const lang = hostLanguage(app.getPreferredSystemLanguages());
    const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
    const core = createHostCore({
      host: 'electron',
      dataDir: app.getPath('userData'),
      resourcesDir,
      hostHandlers: dialogHandlers(() => win, () => lang),
      pdfPrinter: electronPdfPrinter,
    });
    const dispatch = createDispatch(core.handlers, (err, method) => console.error(`interne fout in ${method}:`, err));
    app.once('will-quit', () => core.shutdown());

    const open = async (path: string): Promise<boolean> => {
      const result = await dispatch('project.open', { path });
      if (result.ok) {
        core.setStartSession((result.value as Session).sessionId);
        return true;
      }
      dialog.showErrorBox(t(lang, 'startup.openFailed'), `${path}\n\n${describe(result.error, lang)}`);
      return false;
    };
    const first = early.shift();
    if (first) await open(first);
    openFile = async (path) => {
      if (await open(path)) sendCommand(win, HOST_OPENED_FILE_COMMAND);
      showWindow();
    };
    for (const path of early.splice(0)) await openFile(path);

    hardenSession(session.defaultSession);
    serveAppProtocol(protocol, rendererDir);
    registerIpc(dispatch);
    installMenu({ lang, platform: process.platform, send: (commandId) => sendCommand(win, commandId) });
    const createWindow = () => {
      win = createMainWindow({ preloadPath, devTools: !app.isPackaged, iconPath: join(resourcesDir, 'icons', 'png', '256x256.png') });
      guardClose(win, { hasUnsavedWork: () => core.sessions.all().some((wc) => wc.dirty), lang: () => lang, dialog });
      win.on('closed', () => (win = null));
    };
    createWindow();
    app.on('activate', () => {
      if (!win) createWindow();
    });
  }).catch((err: unknown) => {
    // E.g. the data folder cannot be written: say so instead of running without a window.
    dialog.showErrorBox('Vlinder', err instanceof Error ? err.message : String(err));
    app.quit();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function describe(error: ApiErrorData, lang: Language): string {
  return isMessageKey(error.messageKey) ? t(lang, error.messageKey, error.params ?? {}) : error.code;
}
