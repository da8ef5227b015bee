/** Writes a small text file the same way a project is saved: temp file in the folder, fsync, rename. */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tempPathFor } from './atomicSave.ts';
import { writeError } from './fileErrors.ts';

export function writeFileAtomic(path: string, text: string): number {
  const tmp = tempPathFor(path);
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
