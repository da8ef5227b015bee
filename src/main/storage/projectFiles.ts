/**
 * Whole-file reads and writes without an app session, for the CLI and scripts: a .vlinder file
 * through the same untrusted-open path as the app, or a .json interchange file through the
 * interchange parser; writing goes through a throw-away working copy and the atomic save.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import { projectTooLarge } from '../../shared/api/limits.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { ChangeRecords, SaveRecord } from '../../shared/model/entities.ts';
import { nowIso } from '../../shared/model/ids.ts';
import { parseInterchange, stringifyInterchange } from '../../shared/model/interchange.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';
import { readError } from './fileErrors.ts';
import { createStorage } from './createStorage.ts';
import { MAX_FILE_BYTES } from './format.ts';
import { readVlinderFile } from './readVlinderFile.ts';
import { because } from '../../shared/model/check.ts';

export type ProjectFileKind = 'vlinder' | 'json';

export interface ProjectFile {
  kind: ProjectFileKind;
  doc: ProjectDoc;
  history: SaveRecord[];
  /** The recorded deletions and field changes (docs/merge.md); none in a file older than format version 5. */
  records: ChangeRecords;
  /** The .vlinder schema version, or the interchange formatVersion. */
  formatVersion: number;
}

/** `.json` is the interchange form; anything else is treated as a .vlinder file. */
export function fileKindOf(path: string): ProjectFileKind {
  return extname(path).toLowerCase() === '.json' ? 'json' : 'vlinder';
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads and fully validates a project file. Throws ApiError('file.*') or ApiError('import.invalid'). */
export function readProjectFile(path: string): ProjectFile {
  if (fileKindOf(path) === 'json') {
    let text: string;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new ApiError('file.unreadable', { reason: because('reason.isFolder') });
      if (!st.isFile()) throw new ApiError('file.unreadable', { reason: because('reason.notAFile') });
      if (st.size === 0) throw new ApiError('file.empty');
      if (st.size > MAX_FILE_BYTES) throw projectTooLarge(st.size);
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw readError(err, path);
    }
    const parsed = parseInterchange(text);
    return { kind: 'json', doc: parsed.doc, history: parsed.saveHistory ?? [], records: { deletions: parsed.deletions ?? [], fieldChanges: parsed.fieldChanges ?? [] }, formatVersion: parsed.formatVersion };
  }
  return withTempDir((dir) => {
    const file = readVlinderFile(path, dir);
    return { kind: 'vlinder', doc: file.doc, history: file.history, records: { deletions: file.deletions, fieldChanges: file.fieldChanges }, formatVersion: file.formatVersion };
  });
}

/**
 * Writes `doc` to `path` atomically, as .vlinder (with a new save record after `history`) or as
 * interchange JSON (carrying `history`). After a merge, `merge` gives the joined lineage and the
 * other copy's last save, which the new save names as its second parent. Returns the number of bytes written.
 */
export function writeProjectFile(
  path: string,
  doc: ProjectDoc,
  opts: { history?: readonly SaveRecord[]; records?: ChangeRecords; appVersion: string; savedBy?: string; merge?: { history: readonly SaveRecord[]; mergeParentId: string | null } },
): number {
  // Without its change records a copy records from now on: its earlier changes are not known.
  const since = opts.records ? doc.project.trackedSince : '';
  const tracked = since === '' && fileKindOf(path) === 'json' ? nowIso() : since;
  const out = tracked === doc.project.trackedSince ? doc : { ...doc, project: { ...doc.project, trackedSince: tracked } };
  if (fileKindOf(path) === 'json') {
    const records = opts.records ?? { deletions: [], fieldChanges: [] };
    return writeFileAtomic(path, `${stringifyInterchange(out, { saveHistory: [...(opts.merge?.history ?? opts.history ?? [])], ...records })}\n`);
  }
  return withTempDir((dataDir) => {
    const storage = createStorage({ dataDir, appVersion: opts.appVersion });
    const wc = storage.create(out, { history: opts.history ?? [], ...(opts.records ? { records: opts.records } : {}) });
    try {
      if (opts.merge) wc.adoptLineage(opts.merge);
      return wc.save(path, { force: true, appVersion: opts.appVersion, ...(opts.savedBy !== undefined ? { savedBy: opts.savedBy } : {}) }).bytes;
    } finally {
      wc.close(true);
    }
  });
}

