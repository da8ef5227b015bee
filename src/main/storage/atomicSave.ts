/**
 * The save protocol: `VACUUM INTO` a temporary file in the target's own folder, fsync it, rename
 * it over the target, fsync the folder. A rename within one folder is atomic, so the target is
 * always the complete old or the complete new file — also on a network drive or in a synced
 * folder — and never gets a -journal, -wal or -shm beside it.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeError } from './fileErrors.ts';
import { fingerprintOf, type Fingerprint } from './fingerprint.ts';
import type { Db } from './workingDb.ts';

/** Suffix of the temporary files; never `.vlinder`, so a leftover is never taken for a project. */
export const TEMP_SUFFIX = '.vlinder-tmp';

/** `.<name>.<pid>-<random>.vlinder-tmp`, hidden on Unix, in the target's folder. */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomUUID().slice(0, 8)}${TEMP_SUFFIX}`);
}

/** Writes a compact copy of `db` to `target` atomically and returns the new file's fingerprint. */
export function atomicSave(db: Db, target: string): Fingerprint {
  const tmp = tempPathFor(target);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const fd = openSync(tmp, 'r+');
    try {
      forceRollbackMode(fd);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const fingerprint = fingerprintOf(tmp);
    renameSync(tmp, target);
    fsyncDir(dirname(target));
    removeStaleTemps(target);
    return { ...fingerprint, mtimeMs: fingerprintMtime(target, fingerprint.mtimeMs) };
  } catch (err) {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
    throw writeError(err);
  }
}

/**
 * VACUUM INTO copies the header of a WAL database, so the output would say "WAL" and the first
 * program to open it would create -wal/-shm beside the user's file. Bytes 18–19 = 1 means
 * rollback journal.
 */
function forceRollbackMode(fd: number): void {
  const b = Buffer.alloc(2);
  readSync(fd, b, 0, 2, 18);
  if (b[0] !== 1 || b[1] !== 1) writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms and network file systems cannot fsync a directory; the rename still stands.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fingerprintMtime(target: string, fallback: number): number {
  try {
    return statSync(target).mtimeMs;
  } catch {
    return fallback;
  }
}

/** Removes temporary files of `target` left by a save whose process died (its pid is gone). */
export function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    // VACUUM INTO may also leave the temp file's own -journal behind.
    if (!name.startsWith(prefix) || !(name.endsWith(TEMP_SUFFIX) || name.endsWith(`${TEMP_SUFFIX}-journal`))) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) rmSync(join(dirname(target), name), { force: true });
  }
}

export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}
