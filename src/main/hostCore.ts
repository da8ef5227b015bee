/**
 * Builds the core the way every host needs it: storage in the data folder, the bundled example
 * project, the app version. Hosts differ only in transport and in host-provided handlers.
 */
import { readFile } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../shared/api/contract.ts';
import type { HostKind } from '../shared/api/methods/app.ts';
import { fromInterchange } from '../shared/model/interchange.ts';
import { appVersion } from './appVersion.ts';
import { createCore, type Core } from './core/createCore.ts';
import type { PdfPrinter } from './export/print/pdfPrinter.ts';
import { createStorage } from './storage/createStorage.ts';
import { FORMAT_VERSION } from './storage/format.ts';

/** Where working copies live: VLINDER_DATA_DIR, else the platform's per-user data folder. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['VLINDER_DATA_DIR']) return env['VLINDER_DATA_DIR'];
  if (process.platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Vlinder');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Vlinder');
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'vlinder');
}

export interface HostCoreOptions {
  host: HostKind;
  dataDir: string;
  /** Folder holding `examples/gemeente-voorbeeld.json`. */
  resourcesDir: string;
  hostHandlers?: Partial<Handlers>;
  /** The host's PDF printer (Electron: printToPDF); default Chromium through playwright-core. */
  pdfPrinter?: () => PdfPrinter;
}

/** The login name of the user running the app, for "who" of a dismissed finding; '' where the system has none. */
export function systemUserName(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return userInfo().username.slice(0, 200);
  } catch {
    // No passwd entry (some containers): fall back to the environment, else unknown.
    return (env['USER'] ?? env['USERNAME'] ?? '').slice(0, 200);
  }
}

export function createHostCore(opts: HostCoreOptions): Core {
  const storage = createStorage({ dataDir: opts.dataDir, appVersion: appVersion() });
  return createCore({
    storage,
    host: opts.host,
    appVersion: appVersion(),
    formatVersion: FORMAT_VERSION,
    userName: systemUserName(),
    recentFile: join(opts.dataDir, 'recent.json'),
    content: { resourcesDir: opts.resourcesDir, userTemplatesDir: join(opts.dataDir, 'templates') },
    loadExample: async () => fromInterchange(JSON.parse(await readFile(join(opts.resourcesDir, 'examples', 'gemeente-voorbeeld.json'), 'utf8'))),
    ...(opts.hostHandlers ? { hostHandlers: opts.hostHandlers } : {}),
    ...(opts.pdfPrinter ? { pdfPrinter: opts.pdfPrinter } : {}),
  });
}
