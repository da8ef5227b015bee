/**
 * What a file on disk looked like when we last read or wrote it. Saving compares the target's
 * current content hash with this, so an edit made by someone else (a colleague on a network
 * drive, a sync client) is never silently overwritten.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

const CHUNK = 1024 * 1024;

/** Hashes the file at `path` in chunks (bounded memory). Throws the fs error if it cannot be read. */
export function fingerprintOf(path: string): Fingerprint {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n <= 0) break;
      hash.update(buf.subarray(0, n));
    }
    return { size: st.size, mtimeMs: st.mtimeMs, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

export function sameContent(a: Fingerprint, b: Fingerprint): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}
