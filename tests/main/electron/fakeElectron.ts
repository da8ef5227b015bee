/**
 * A stand-in for the `electron` module (the Electron binary cannot run on these machines). It
 * records what the host registers — IPC handlers, app events, windows, menus, dialogs — so the
 * tests can drive those registrations the way Electron would. Used with
 * `vi.mock('electron', () => import('./fakeElectron.ts'))`.
 */
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.off(event, wrapped);
      return listener(...args);
    }) as Listener;
    return this.on(event, wrapped);
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    return this.off(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** A fake webContents: records pushed messages and the window-open handler. */
export class FakeWebContents extends Emitter {
  readonly sent: Array<[string, ...unknown[]]> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

/** A fake event as Electron passes it to will-navigate and friends. */
export function fakeEvent(url = ''): { url: string; defaultPrevented: boolean; preventDefault(): void } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class BrowserWindow extends Emitter {
  static readonly instances: BrowserWindow[] = [];
  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
}

/** A fake session with the request hooks and permission handlers it was given. */
export function fakeSession() {
  const hooks: Record<string, ((...args: never[]) => unknown) | null> = {};
  return {
    hooks,
    webRequest: {
      onHeadersReceived: (fn: (...args: never[]) => unknown) => void (hooks['headers'] = fn),
      onBeforeRequest: (fn: (...args: never[]) => unknown) => void (hooks['request'] = fn),
    },
    setPermissionRequestHandler: (fn: (...args: never[]) => unknown) => void (hooks['permissionRequest'] = fn),
    setPermissionCheckHandler: (fn: (...args: never[]) => unknown) => void (hooks['permissionCheck'] = fn),
  };
}

let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (resolveReady = resolve));
const paths: Record<string, string> = {};

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  enableSandbox: vi.fn(),
  whenReady: () => ready,
  getPath: (name: string) => paths[name] ?? `/nonexistent/${name}`,
  getAppPath: () => process.cwd(),
  getPreferredSystemLanguages: vi.fn(() => ['nl-NL']),
});

/** Test controls: set paths, then let the app become ready. */
export const control = {
  setPath(name: string, path: string): void {
    paths[name] = path;
  },
  ready(): void {
    resolveReady();
  },
};

export const ipcMain = {
  handlers: new Map<string, (...args: never[]) => unknown>(),
  handle(channel: string, fn: (...args: never[]) => unknown) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, fn);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
const partitions = new Map<string, ReturnType<typeof fakeSession>>();
export const session = {
  defaultSession: fakeSession(),
  fromPartition(name: string) {
    if (!partitions.has(name)) partitions.set(name, fakeSession());
    return partitions.get(name)!;
  },
};
export const Menu = { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() };
export const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBoxSync: vi.fn((..._args: unknown[]): number => 0) };
export const shell = { showItemInFolder: vi.fn() };

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new Emitter(), { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })) });

export default { app, BrowserWindow, ipcMain, protocol, session, Menu, dialog, shell, contextBridge, ipcRenderer };
