/**
 * What the next start makes of a save that a killed process left half done. The save writes its
 * steps into the working copy's sidecar (atomicSave's SaveSteps): the temp file it is writing,
 * then that file's fingerprint just before the rename. From that record, and the file on disk:
 *
 * - the target holds exactly the temp's content → the rename happened: the copy is saved, and
 *   what is on disk is what we wrote (no false "changed on disk" at the next save);
 * - otherwise the rename did not happen: the target is the old file; the save record the working
 *   copy already holds for it is dropped, and the copy keeps its unsaved state.
 *
 * Either way the temp file of that save, and only that one, is removed.
 */
import { basename, dirname } from 'node:path';
import { statSync } from 'node:fs';
import { removeTemp, TEMP_SUFFIX } from './atomicSave.ts';
import { fingerprintOf, sameContent, type Fingerprint } from './fingerprint.ts';
import type { Sidecar } from './workingFiles.ts';

export interface Settled {
  side: Sidecar;
  /** The save record to drop from the working copy, if the save never reached the disk. */
  abandonedRecord: string | null;
}

/** True if `temp` has the name our saves give a temp file of `target`, in its folder. */
function isTempOf(temp: string, target: string): boolean {
  return dirname(temp) === dirname(target) && basename(temp).startsWith(`.${basename(target)}.`) && temp.endsWith(TEMP_SUFFIX);
}

function onDisk(path: string, expected: Fingerprint): Fingerprint | null {
  try {
    const now = fingerprintOf(path);
    return sameContent(now, expected) ? { ...expected, mtimeMs: statSync(path).mtimeMs } : null;
  } catch {
    return null;
  }
}

export function settlePendingSave(side: Sidecar): Settled {
  const p = side.pending;
  if (!p) return { side, abandonedRecord: null };
  if (isTempOf(p.temp, p.path)) removeTemp(p.temp);
  const written = p.fingerprint ? onDisk(p.path, p.fingerprint) : null;
  if (written) return { side: { ...side, sourcePath: p.path, dirty: false, fingerprint: written, pending: null }, abandonedRecord: null };
  return { side: { ...side, pending: null }, abandonedRecord: p.recordId };
}
