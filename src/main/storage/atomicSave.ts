/**
 * The save protocol: `VACUUM INTO` a temporary file in the target's own folder, fsync it, rename
 * it over the target, fsync the folder. A rename within one folder is atomic, so the target is
 * always the complete old or the complete new file — also on a network drive or in a synced
 * folder — and never gets a -journal, -wal or -shm beside it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeError } from './fileErrors.ts';
import { fingerprintOf, type Fingerprint } from './fingerprint.ts';
import type { Db } from './workingDb.ts';

/** Suffix of the temporary files; never `.vlinder`, so a leftover is never taken for a project. */
export const TEMP_SUFFIX = '.vlinder-tmp';

/**
 * This machine, as 8 hex digits in temp names: a folder on a network drive is shared with other
 * machines, whose process ids mean nothing here, so only temps made on this machine are ours.
 */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** `.<name>.<host>-<pid>-<random>.vlinder-tmp`, hidden on Unix, in the target's folder. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${HOST_TAG}-${process.pid}-${randomUUID().slice(0, 8)}${TEMP_SUFFIX}`);
}

/**
 * The save's bookkeeping, written (durably) by the caller at each step, so that a process killed
 * anywhere leaves a record that tells the next start what happened: `writing` before the temp
 * file exists, `ready` (with the temp's fingerprint) just before the rename.
 */
export interface SaveSteps {
  writing(temp: string): void;
  ready(temp: string, fingerprint: Fingerprint): void;
}

/** Writes a compact copy of `db` to `target` atomically and returns the new file's fingerprint. */
export function atomicSave(db: Db, target: string, steps?: SaveSteps): Fingerprint {
  const tmp = tempPathFor(target);
  try {
    steps?.writing(tmp);
    db.prepare('VACUUM INTO ?').run(tmp);
    const fd = openSync(tmp, 'r+');
    try {
      forceRollbackMode(fd);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const fingerprint = fingerprintOf(tmp);
    steps?.ready(tmp, fingerprint);
    renameSync(tmp, target);
    fsyncDir(dirname(target));
    removeStaleTemps(target);
    return { ...fingerprint, mtimeMs: fingerprintMtime(target, fingerprint.mtimeMs) };
  } catch (err) {
    removeTemp(tmp);
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

/** Removes a temp file of a save and the -journal VACUUM INTO may leave beside it. */
export function removeTemp(temp: string): void {
  rmSync(temp, { force: true });
  rmSync(`${temp}-journal`, { force: true });
}

/**
 * Removes temporary files of `target` left by a save on this machine whose process died. Only
 * these: another program's files, and temps of a colleague's save in progress on another machine
 * (same folder on a network drive), are never touched.
 */
export function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.${HOST_TAG}-`;
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
