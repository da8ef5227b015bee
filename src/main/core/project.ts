/** Handlers for opening, editing, saving and recovering projects. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { newProjectDoc } from '../../shared/model/newProject.ts';
import { toSession, type Sessions } from './sessions.ts';
import type { Storage } from './storage.ts';
import { because } from '../../shared/model/check.ts';

type ProjectHandlers = Pick<
  Handlers,
  'project.create' | 'project.open' | 'project.openExample' | 'project.get' | 'project.apply' | 'project.save' | 'project.close' | 'project.resume' | 'project.sessions'
>;

export interface ProjectDeps {
  storage: Storage;
  sessions: Sessions;
  appVersion: string;
  /** Who saves, recorded in the save history (`app.info`'s userName); default ''. */
  userName?: string;
  /** Loads the bundled example project ("Gemeente Voorbeeld"). */
  loadExample: () => Promise<ProjectDoc>;
}

export function projectHandlers({ storage, sessions, appVersion, userName, loadExample }: ProjectDeps): ProjectHandlers {
  return {
    async 'project.create'({ title, municipality }) {
      const doc = newProjectDoc({ title: title ?? 'Nieuw project', municipality: municipality ?? '' });
      return toSession(sessions.add(storage.create(doc)));
    },
    async 'project.open'({ path }) {
      return toSession(sessions.add(storage.open(path)));
    },
    async 'project.openExample'() {
      return toSession(sessions.add(storage.create(await loadExample())));
    },
    async 'project.get'({ sessionId }) {
      return toSession(sessions.get(sessionId));
    },
    async 'project.apply'({ sessionId, changes }) {
      return { revision: sessions.get(sessionId).apply(changes) };
    },
    async 'project.save'({ sessionId, path, force }) {
      const wc = sessions.get(sessionId);
      const given = path ?? wc.path;
      if (!given) throw new ApiError('badArgument', { path: 'args.path', reason: because('reason.noFileName') });
      // A name typed without the extension gets it; a folder that is not there gets its own message.
      const target = /\.vlinder$/i.test(given) ? given : `${given}.vlinder`;
      if (!existsSync(dirname(resolve(target)))) throw new ApiError('file.folderMissing', { folder: dirname(resolve(target)) });
      return wc.save(target, { force: force ?? false, appVersion, savedBy: userName ?? '' });
    },
    async 'project.close'({ sessionId, discard }) {
      if (!sessions.has(sessionId)) return { closed: false };
      sessions.get(sessionId).close(discard ?? false);
      sessions.remove(sessionId);
      return { closed: true };
    },
    async 'project.resume'({ sessionId }) {
      if (sessions.has(sessionId)) return toSession(sessions.get(sessionId));
      return toSession(sessions.add(storage.resume(sessionId)));
    },
    async 'project.sessions'() {
      const open = sessions.all().map((wc) => ({ sessionId: wc.id, path: wc.path, title: wc.doc().project.title, dirty: wc.dirty, updatedAt: wc.doc().project.updatedAt }));
      const left = storage.leftovers().map((l) => ({ sessionId: l.id, path: l.path, title: l.title, dirty: l.dirty, updatedAt: l.updatedAt }));
      return [...open, ...left];
    },
  };
}
