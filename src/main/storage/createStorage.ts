/**
 * The storage of the app: opens .vlinder files into working copies in `<dataDir>/working`, and
 * finds the working copies a crashed process left behind. The only module (with its siblings)
 * that talks to SQLite.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { ChangeRecords, SaveRecord } from '../../shared/model/entities.ts';
import { newId, nowIso } from '../../shared/model/ids.ts';
import type { Storage, WorkingCopySummary } from '../core/storage.ts';
import { isAlive } from './atomicSave.ts';
import { checkDoc, firstDocProblem } from './checkDoc.ts';
import { ContentWriter } from './contentWriter.ts';
import type { Fingerprint } from './fingerprint.ts';
import { readContent } from './readContent.ts';
import { readVlinderFile } from './readVlinderFile.ts';
import { SqliteWorkingCopy } from './sqliteWorkingCopy.ts';
import { createWorkingDb, openWorkingDb, type Db } from './workingDb.ts';
import { WorkingFiles, isWorkingCopyId, type Sidecar } from './workingFiles.ts';
import { summarize } from './summarize.ts';
import { settlePendingSave } from './pendingSave.ts';
import { sqliteReadError } from './fileErrors.ts';

export interface StorageOptions {
  /** The app's data folder; working copies live in `<dataDir>/working`. */
  dataDir: string;
  appVersion: string;
}

/** Storage plus what the CLI and tests need beyond the core's interface. */
export interface VlinderStorage extends Storage {
  create(doc: ProjectDoc, opts?: { history?: readonly SaveRecord[]; records?: ChangeRecords }): SqliteWorkingCopy;
  open(path: string): SqliteWorkingCopy;
  resume(id: string): SqliteWorkingCopy;
  readonly workingDir: string;
}

export function createStorage({ dataDir }: StorageOptions): VlinderStorage {
  const files = new WorkingFiles(join(dataDir, 'working'));
  const incoming = join(dataDir, 'incoming');
  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  mkdirSync(incoming, { recursive: true, mode: 0o700 });
  tidy(files, incoming);
  const open = new Map<string, SqliteWorkingCopy>();
  const forget = (id: string) => open.delete(id);

  /** A new working copy holding `doc`, filled from the validated private copy `source` if given. */
  function build(doc: ProjectDoc, history: readonly SaveRecord[], path: string | null, fingerprint: Fingerprint | null, source?: string, records: ChangeRecords = { deletions: [], fieldChanges: [] }): SqliteWorkingCopy {
    const id = newId();
    files.lock(id);
    files.writeSidecar({ format: 'vlinder-working-copy', id, sourcePath: path, dirty: false, fingerprint });
    let db: Db | undefined;
    try {
      db = createWorkingDb(files.dbPath(id), (fresh) => {
        if (source !== undefined) {
          ContentWriter.copyFrom(fresh, source);
          return;
        }
        const writer = new ContentWriter(fresh);
        fresh.transaction(() => {
          writer.writeDoc(doc);
          for (const r of history) writer.putHistory(r);
          writer.putRecords(records);
        })();
      });
    } catch (err) {
      db?.close();
      files.remove(id);
      throw err;
    }
    const wc = new SqliteWorkingCopy({ id, db, files, doc, history: [...history], path, dirty: false, fingerprint, onClose: forget });
    open.set(id, wc);
    return wc;
  }

  return {
    workingDir: files.dir,
    create(doc, opts = {}) {
      // A project whose changes were never recorded has them recorded from now on.
      const tracked = doc.project.trackedSince === '' ? { ...doc, project: { ...doc.project, trackedSince: nowIso() } } : doc;
      const checked = checkDoc(tracked);
      if (checked.problem !== null) throw new ApiError('doc.invalidChange', { reason: checked.problem });
      return build(checked.doc, opts.history ?? [], null, null, undefined, opts.records);
    },
    open(path) {
      // The file's bytes are copied as they are only if they are exactly the checked document.
      return readVlinderFile(path, incoming, (file, copy) => build(file.doc, file.history, path, file.fingerprint, file.utf8 && !file.cleaned ? copy : undefined));
    },
    read(path) {
      const file = readVlinderFile(path, incoming);
      return { doc: file.doc, history: file.history, records: { deletions: file.deletions, fieldChanges: file.fieldChanges }, formatVersion: file.formatVersion };
    },
    leftovers() {
      const out: WorkingCopySummary[] = [];
      for (const id of workingIds(files)) {
        if (open.has(id) || files.isHeld(id)) continue;
        // Without a readable sidecar we no longer know where it came from, but its content is still offered.
        const side = files.readSidecar(id) ?? orphanSidecar(id);
        if (!existsSync(files.dbPath(id))) continue;
        const s = summarize(files.dbPath(id));
        out.push({ id, path: side.sourcePath, dirty: side.dirty, title: s?.title ?? '?', updatedAt: s?.updatedAt ?? '' });
      }
      return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    },
    resume(id) {
      const existing = open.get(id);
      if (existing) return existing;
      if (!isWorkingCopyId(id) || !existsSync(files.dbPath(id))) throw new ApiError('session.notFound', { sessionId: id });
      files.lock(id);
      const side = settle(files, id);
      files.writeSidecar(side);
      let db: Db | undefined;
      try {
        db = openWorkingDb(files.dbPath(id));
        const content = readContent(db);
        const problem = firstDocProblem(content.doc);
        if (problem) throw new ApiError('file.damaged', { where: problem });
        // A working copy of an older version may hold text the model now cleans: store it clean.
        if (content.cleaned) db.transaction(() => new ContentWriter(db!).writeDoc(content.doc))();
        const wc = new SqliteWorkingCopy({ id, db, files, doc: content.doc, history: content.history, path: side.sourcePath, dirty: side.dirty, fingerprint: side.fingerprint, onClose: forget });
        open.set(id, wc);
        return wc;
      } catch (err) {
        db?.close();
        files.unlock(id);
        throw sqliteReadError(err, 'de werkkopie');
      }
    },
    closeAll() {
      for (const wc of [...open.values()]) wc.close(false);
    },
  };
}

/** Ids of every working copy in the folder (by its sidecar or its database). */
function workingIds(files: WorkingFiles): string[] {
  const ids = new Set<string>();
  for (const n of readdirSync(files.dir)) {
    const m = /^(.+)\.(json|sqlite)$/.exec(n);
    if (m && isWorkingCopyId(m[1]!)) ids.add(m[1]!);
  }
  return [...ids].sort();
}

function orphanSidecar(id: string): Sidecar {
  return { format: 'vlinder-working-copy', id, sourcePath: null, dirty: true, fingerprint: null };
}

/**
 * At start: deletes private copies of files being opened by processes that died, and working
 * copies of dead processes that hold nothing unsaved (their file on disk has everything).
 */
function tidy(files: WorkingFiles, incoming: string): void {
  for (const name of readdirSync(incoming)) {
    const pid = Number(name.split('-')[0]);
    if (!Number.isInteger(pid) || !isAlive(pid)) rmSync(join(incoming, name), { force: true });
  }
  for (const id of workingIds(files)) {
    if (files.isHeld(id)) continue;
    const side = files.readSidecar(id) === null ? null : settle(files, id);
    if ((side && !side.dirty) || !existsSync(files.dbPath(id))) files.remove(id);
  }
}

/**
 * The sidecar of a copy no live process holds, after settling a save its process was killed in
 * (pendingSave.ts): written back, and the save record of a save that never reached the disk
 * dropped from the database.
 */
function settle(files: WorkingFiles, id: string): Sidecar {
  const side = files.readSidecar(id) ?? orphanSidecar(id);
  if (!side.pending) return side;
  const settled = settlePendingSave(side);
  if (settled.abandonedRecord !== null && existsSync(files.dbPath(id))) {
    try {
      const db = openWorkingDb(files.dbPath(id));
      try {
        new ContentWriter(db).removeHistory(settled.abandonedRecord);
      } finally {
        db.close();
      }
    } catch {
      // An unreadable copy is still offered for recovery; resuming it reports what is wrong.
    }
  }
  files.writeSidecar(settled.side);
  return settled.side;
}
