import { c } from '../../model/check.ts';
import { changesCheck } from '../../model/changeCheck.ts';
import type { ProjectDoc } from '../../model/doc.ts';
import { method } from '../define.ts';

/** An open project: a working copy in the app's data folder, possibly tied to a file on disk. */
export interface Session {
  sessionId: string;
  /** The .vlinder file this working copy was opened from or last saved to; null if never saved. */
  path: string | null;
  /** True when the working copy has edits that are not in `path` yet. */
  dirty: boolean;
  /** Increases with every committed change. */
  revision: number;
  doc: ProjectDoc;
}

export interface SessionSummary {
  sessionId: string;
  path: string | null;
  title: string;
  dirty: boolean;
  updatedAt: string;
}

export interface SaveResult {
  path: string;
  savedAt: string;
  bytes: number;
}

const sessionId = c.string({ min: 1, max: 100 });
const path = c.string({ min: 1, max: 4096, verbatim: true }); // a file name is used as it is

export const projectMethods = {
  'project.create': method<Session>()(c.object({ title: c.optional(c.string({ min: 1, max: 300 })), municipality: c.optional(c.string({ max: 300 })) })),
  'project.open': method<Session>()(c.object({ path })),
  'project.openExample': method<Session>()(c.object({})),
  'project.get': method<Session>()(c.object({ sessionId })),
  'project.apply': method<{ revision: number }>()(c.object({ sessionId, changes: changesCheck })),
  /** Save to `path` (Save As) or to the session's own path. Refuses to overwrite a file changed on disk unless `force`. */
  'project.save': method<SaveResult>()(c.object({ sessionId, path: c.optional(path), force: c.optional(c.boolean()) })),
  'project.close': method<{ closed: boolean }>()(c.object({ sessionId, discard: c.optional(c.boolean()) })),
  /** Re-opens a working copy left by a crash or an unclean stop. */
  'project.resume': method<Session>()(c.object({ sessionId })),
  /** Open sessions, including working copies left by a crash (offered for recovery at start). */
  'project.sessions': method<SessionSummary[]>()(c.object({})),
};
