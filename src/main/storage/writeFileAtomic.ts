/** Writes a small text file the same way a project is saved: temp file in the folder, fsync, rename. */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TEMP_SUFFIX } from './atomicSave.ts';
import { writeError } from './fileErrors.ts';

export function writeFileAtomic(path: string, text: string): number {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomUUID().slice(0, 8)}${TEMP_SUFFIX}`);
  try {
    const data = Buffer.from(text, 'utf8');
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return data.length;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw writeError(err);
  }
}
