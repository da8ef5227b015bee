/** The open working copies of this process, by session id. */
import { ApiError } from '../../shared/api/errors.ts';
import type { Session } from '../../shared/api/methods/project.ts';
import type { WorkingCopy } from './storage.ts';

export class Sessions {
  private readonly open = new Map<string, WorkingCopy>();

  add(wc: WorkingCopy): WorkingCopy {
    this.open.set(wc.id, wc);
    return wc;
  }

  get(sessionId: string): WorkingCopy {
    const wc = this.open.get(sessionId);
    if (!wc) throw new ApiError('session.notFound', { sessionId });
    return wc;
  }

  has(sessionId: string): boolean {
    return this.open.has(sessionId);
  }

  remove(sessionId: string): void {
    this.open.delete(sessionId);
  }

  all(): WorkingCopy[] {
    return [...this.open.values()];
  }
}

export function toSession(wc: WorkingCopy): Session {
  return { sessionId: wc.id, path: wc.path, dirty: wc.dirty, revision: wc.revision, doc: wc.doc() };
}
