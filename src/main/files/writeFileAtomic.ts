/**
 * The one way Vlinder writes a whole file that is not a project save: a temporary file beside the
 * target (same folder, so the rename is atomic), written and flushed to disk, then renamed over
 * the target. Whoever reads the target sees the old or the new file, never half of one. On an
 * error the temporary file is removed and the file system's error is thrown as it is: each caller
 * turns it into the error its user should read (a failed save, a failed export).
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>-<random>.tmp` in the target's folder (hidden on Unix). */
function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`);
}

const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

/** Writes `data` to `path` atomically; returns the bytes written. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<number> {
  const bytes = bytesOf(data);
  const tmp = tempPath(path);
  try {
    const file = await open(tmp, 'wx', 0o644);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, path);
    return bytes.byteLength;
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** The same, synchronously (for the callers that write a project file in one step). */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): number {
  const bytes = bytesOf(data);
  const tmp = tempPath(path);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return bytes.byteLength;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
