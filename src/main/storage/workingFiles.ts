/**
 * The files of one working copy in `<dataDir>/working/`: `<id>.sqlite` (the database, with its
 * -wal/-shm while open), `<id>.json` (the sidecar: where it came from, whether it has unsaved
 * edits, what the file on disk looked like) and `<id>.lock` (the pid of the process that has it
 * open). A copy without a live lock is a leftover of a process that died.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import { isAlive } from './atomicSave.ts';
import type { Fingerprint } from './fingerprint.ts';

export interface Sidecar {
  format: 'vlinder-working-copy';
  id: string;
  /** The .vlinder file this copy was opened from or last saved to. */
  sourcePath: string | null;
  /** True once an edit is committed that is not in `sourcePath` yet. Written *before* that commit. */
  dirty: boolean;
  fingerprint: Fingerprint | null;
}

const ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isWorkingCopyId(id: string): boolean {
  return ID_RE.test(id);
}

export class WorkingFiles {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  dbPath(id: string): string {
    return join(this.dir, `${id}.sqlite`);
  }

  private sidecarPath(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private lockPath(id: string): string {
    return join(this.dir, `${id}.lock`);
  }

  /** Replaces the sidecar atomically and durably (it decides what recovery offers). */
  writeSidecar(s: Sidecar): void {
    const tmp = `${this.sidecarPath(s.id)}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(s));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.sidecarPath(s.id));
  }

  /** The sidecar, or null if it is missing or not ours (a damaged sidecar must not stop the app). */
  readSidecar(id: string): Sidecar | null {
    try {
      const v = JSON.parse(readFileSync(this.sidecarPath(id), 'utf8')) as Partial<Sidecar>;
      if (v.format !== 'vlinder-working-copy' || v.id !== id || typeof v.dirty !== 'boolean') return null;
      const fp = v.fingerprint;
      const fingerprint = fp && typeof fp.size === 'number' && typeof fp.mtimeMs === 'number' && typeof fp.sha256 === 'string' ? fp : null;
      return { format: v.format, id, sourcePath: typeof v.sourcePath === 'string' ? v.sourcePath : null, dirty: v.dirty, fingerprint };
    } catch {
      return null;
    }
  }

  /** Takes the lock for this process; refuses if another live process holds it. */
  lock(id: string): void {
    const holder = this.lockHolder(id);
    if (holder !== null && holder !== process.pid && isAlive(holder)) throw new ApiError('file.locked');
    const fd = openSync(this.lockPath(id), 'w', 0o600);
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
  }

  unlock(id: string): void {
    rmSync(this.lockPath(id), { force: true });
  }

  lockHolder(id: string): number | null {
    try {
      const pid = Number(readFileSync(this.lockPath(id), 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  }

  /** True if a live process (this one included) has the copy open. */
  isHeld(id: string): boolean {
    const holder = this.lockHolder(id);
    return holder !== null && isAlive(holder);
  }

  /** Deletes every file of the copy. */
  remove(id: string): void {
    for (const suffix of ['.sqlite', '.sqlite-wal', '.sqlite-shm', '.sqlite-journal', '.json', '.json.tmp', '.lock']) {
      rmSync(join(this.dir, `${id}${suffix}`), { force: true });
    }
  }
}
