/**
 * The core: every method of the contract as a plain async function over a storage object.
 * It never imports Electron or an HTTP library; hosts bind it to their transport.
 */
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { HostKind } from '../../shared/api/methods/app.ts';
import type { NetAddress } from '../../shared/api/methods/live.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { ContentDirs } from '../content/content.ts';
import type { PdfPrinter } from '../export/print/pdfPrinter.ts';
import { contentHandlers } from './content.ts';
import { evidenceHandlers } from './evidence.ts';
import { exportHandlers } from './export.ts';
import { filesHandlers, recentFiles } from './files.ts';
import { liveControl } from './live.ts';
import { mergeHandlers } from './merge.ts';
import { projectHandlers } from './project.ts';
import { registerHandlers } from './register.ts';
import { Sessions } from './sessions.ts';
import type { Storage } from './storage.ts';

export interface CoreOptions {
  storage: Storage;
  host: HostKind;
  appVersion: string;
  formatVersion: number;
  /** The user on this computer (`app.info`), e.g. from the operating system; default ''. */
  userName?: string;
  loadExample: () => Promise<ProjectDoc>;
  /**
   * Handlers only a host can provide (native dialogs, the file manager), merged over the
   * defaults. Without them those methods answer `notFound`.
   */
  hostHandlers?: Partial<Handlers>;
  /** Makes the printer for PDF exports; default Chromium via playwright-core (Electron plugs in printToPDF). */
  pdfPrinter?: () => PdfPrinter;
  /** Where the starter list and the templates live; without it those methods answer `notFound`. */
  content?: ContentDirs;
  /** The addresses a scoring session may listen on (default: this computer's IPv4 addresses). */
  liveAddresses?: () => NetAddress[];
  /** Where the recent-files list is kept (e.g. `<data folder>/recent.json`); without it the list stays empty. */
  recentFile?: string;
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
  const live = liveControl({ sessions, ...(opts.liveAddresses ? { addresses: opts.liveAddresses } : {}) });
  let startSessionId: string | null = null;
  const recent = opts.recentFile ? recentFiles(opts.recentFile) : null;
  const project = projectHandlers({ storage: opts.storage, sessions, appVersion: opts.appVersion, userName: opts.userName ?? '', loadExample: opts.loadExample });
  const handlers: Handlers = {
    async 'app.info'() {
      return { name: 'Vlinder', version: opts.appVersion, host: opts.host, formatVersion: opts.formatVersion, startSessionId, userName: opts.userName ?? '' };
    },
    ...project,
    async 'project.open'(args) {
      const session = await project['project.open'](args);
      if (session.path) recent?.note(session.path, session.doc.project.title);
      return session;
    },
    async 'project.save'(args) {
      const saved = await project['project.save'](args);
      recent?.note(saved.path, sessions.get(args.sessionId).doc().project.title);
      return saved;
    },
    ...filesHandlers(recent),
    ...mergeHandlers({ storage: opts.storage, sessions }),
    // A scoring session never outlives its project: closing the project stops the participant server.
    async 'project.close'(args) {
      await live.stopFor(args.sessionId);
      return project['project.close'](args);
    },
    ...live.handlers,
    ...registerHandlers({ sessions }),
    ...exportHandlers({ sessions, ...(opts.pdfPrinter ? { pdfPrinter: opts.pdfPrinter } : {}) }),
    ...contentHandlers(opts.content),
    ...evidenceHandlers(),
    ...hostOnlyHandlers(),
    ...opts.hostHandlers,
  };
  return {
    handlers,
    sessions,
    setStartSession(id) {
      startSessionId = id;
    },
    shutdown() {
      void live.stopAll();
      opts.storage.closeAll();
    },
  };
}

/** Methods that need the host's native UI; a host without them (CLI, tests) answers `notFound`. */
function hostOnlyHandlers(): Pick<Handlers, 'dialog.openFile' | 'dialog.saveFile' | 'shell.showItem'> {
  const missing = async (): Promise<never> => {
    throw new ApiError('notFound');
  };
  return { 'dialog.openFile': missing, 'dialog.saveFile': missing, 'shell.showItem': missing };
}
