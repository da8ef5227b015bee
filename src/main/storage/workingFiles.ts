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
  /** A save under way: written before its temp file exists, cleared once its bookkeeping is done. */
  pending?: PendingSave | null;
}

export interface PendingSave {
  /** The target of the save. */
  path: string;
  /** Its temp file beside the target: the only stray that this copy's save can leave. */
  temp: string;
  /** The save record the working copy already holds for this save. */
  recordId: string;
  /** The temp file's fingerprint, once it was complete and flushed (just before the rename). */
  fingerprint: Fingerprint | null;
}

function fingerprintOrNull(fp: unknown): Fingerprint | null {
  const f = fp as Partial<Fingerprint> | null | undefined;
  return f && typeof f.size === 'number' && typeof f.mtimeMs === 'number' && typeof f.sha256 === 'string' ? { size: f.size, mtimeMs: f.mtimeMs, sha256: f.sha256 } : null;
}

function pendingOrNull(p: unknown): PendingSave | null {
  const v = p as Partial<PendingSave> | null | undefined;
  if (!v || typeof v.path !== 'string' || typeof v.temp !== 'string' || typeof v.recordId !== 'string') return null;
  return { path: v.path, temp: v.temp, recordId: v.recordId, fingerprint: fingerprintOrNull(v.fingerprint) };
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
      const sourcePath = typeof v.sourcePath === 'string' ? v.sourcePath : null;
      return { format: v.format, id, sourcePath, dirty: v.dirty, fingerprint: fingerprintOrNull(v.fingerprint), pending: pendingOrNull(v.pending) };
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
