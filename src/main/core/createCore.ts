/**
 * The core: every method of the contract as a plain async function over a storage object.
 * It never imports Electron or an HTTP library; hosts bind it to their transport.
 */
import type { Handlers } from '../../shared/api/contract.ts';
import type { HostKind } from '../../shared/api/methods/app.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { projectHandlers } from './project.ts';
import { Sessions } from './sessions.ts';
import type { Storage } from './storage.ts';

export interface CoreOptions {
  storage: Storage;
  host: HostKind;
  appVersion: string;
  formatVersion: number;
  loadExample: () => Promise<ProjectDoc>;
}

export interface Core {
  handlers: Handlers;
  sessions: Sessions;
  /** Set by a host that opened a file at start. */
  setStartSession(sessionId: string | null): void;
  /** Closes every working copy, keeping dirty ones for recovery. */
  shutdown(): void;
}

export function createCore(opts: CoreOptions): Core {
  const sessions = new Sessions();
  let startSessionId: string | null = null;
  const handlers: Handlers = {
    async 'app.info'() {
      return { name: 'Vlinder', version: opts.appVersion, host: opts.host, formatVersion: opts.formatVersion, startSessionId };
    },
    ...projectHandlers({ storage: opts.storage, sessions, appVersion: opts.appVersion, loadExample: opts.loadExample }),
  };
  return {
    handlers,
    sessions,
    setStartSession(id) {
      startSessionId = id;
    },
    shutdown() {
      opts.storage.closeAll();
    },
  };
}
