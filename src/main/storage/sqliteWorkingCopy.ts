/**
 * One open project: its SQLite working copy plus the validated ProjectDoc kept in memory in step
 * with it (a `LiveDoc`). Every edit is validated (entity checks and referential integrity of the
 * result) and committed in one transaction before `apply` returns, so an acknowledged edit
 * survives a crash; only then is it applied to the document in memory. None of this grows with
 * the size of the project.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors.ts';
import type { SaveResult } from '../../shared/api/methods/project.ts';
import { because, CheckError } from '../../shared/model/check.ts';
import type { Change, ProjectDoc } from '../../shared/model/doc.ts';
import { TABLES, projectCheck, type ChangeRecords, type SaveRecord } from '../../shared/model/entities.ts';
import { newId, nowIso } from '../../shared/model/ids.ts';
import { problemMessage } from '../../shared/model/integrity.ts';
import { LiveDoc } from '../../shared/model/liveDoc.ts';
import type { WorkingCopy } from '../core/storage.ts';
import { atomicSave } from './atomicSave.ts';
import { writeError } from './fileErrors.ts';
import { ContentWriter } from './contentWriter.ts';
import { readChangeRecords } from './readContent.ts';
import { fingerprintOf, sameContent, type Fingerprint } from './fingerprint.ts';
import type { Db } from './workingDb.ts';
import type { PendingSave, WorkingFiles } from './workingFiles.ts';

/** How many save records a file keeps (the newest); enough to find a common ancestor of two copies. */
export const MAX_HISTORY = 100;

export interface WorkingCopyState {
  id: string;
  db: Db;
  files: WorkingFiles;
  doc: ProjectDoc;
  history: SaveRecord[];
  path: string | null;
  dirty: boolean;
  fingerprint: Fingerprint | null;
  /** Called once the copy is closed, so the storage forgets it. */
  onClose: (id: string) => void;
}

export class SqliteWorkingCopy implements WorkingCopy {
  readonly id: string;
  private readonly db: Db;
  private readonly files: WorkingFiles;
  private readonly writer: ContentWriter;
  private readonly onClose: (id: string) => void;
  private readonly live: LiveDoc;
  private history: SaveRecord[];
  private sourcePath: string | null;
  private unsaved: boolean;
  private fingerprint: Fingerprint | null;
  private rev = 0;
  private closed = false;
  /** After a merge: the saves taken over from the other copy and the two parents of the next save. */
  private merged: { added: SaveRecord[]; parentId: string | null; mergeParentId: string | null } | null = null;

  constructor(s: WorkingCopyState) {
    this.id = s.id;
    this.db = s.db;
    this.files = s.files;
    this.writer = new ContentWriter(s.db);
    this.onClose = s.onClose;
    this.live = new LiveDoc(s.doc);
    this.history = s.history;
    this.sourcePath = s.path;
    this.unsaved = s.dirty;
    this.fingerprint = s.fingerprint;
  }

  get path(): string | null {
    return this.sourcePath;
  }

  get dirty(): boolean {
    return this.unsaved;
  }

  get revision(): number {
    return this.rev;
  }

  /** The current document; later edits never modify what this returned. */
  doc(): ProjectDoc {
    return this.live.snapshot();
  }

  /** The lineage of this project, oldest first. */
  saveHistory(): readonly SaveRecord[] {
    return this.history;
  }

  /** What this copy recorded of its deletions and field changes (docs/merge.md). */
  changeRecords(): ChangeRecords {
    this.assertOpen();
    return readChangeRecords(this.db);
  }

  apply(changes: readonly Change[]): number {
    this.assertOpen();
    const checked = changes.map(checkChange);
    const problems = this.live.problems(checked);
    if (problems.length > 0) throw new ApiError('doc.invalidChange', { reason: problemMessage(problems[0]!) });
    if (!this.unsaved) {
      // The sidecar says "dirty" before the database does, so a crash in between errs on the side
      // of offering recovery.
      this.unsaved = true;
      this.writeSidecar();
    }
    try {
      this.db.transaction(() => {
        const at = nowIso();
        for (const ch of checked) this.writer.write(ch, at, this.live.before(ch));
      })();
    } catch (err) {
      // Disk full, I/O error, read-only disk: the transaction rolled back; the edit is not made.
      throw writeError(err);
    }
    this.live.apply(checked);
    return ++this.rev;
  }

  /**
   * Takes over the lineage of a merged copy (docs/merge.md): its saves join this history at once
   * (so a crash keeps them) and the next save records both parents. `null` gives them back (the
   * merge was undone).
   */
  adoptLineage(lineage: { history: readonly SaveRecord[]; mergeParentId: string | null } | null): void {
    this.assertOpen();
    const undo = this.merged;
    if (undo) {
      this.db.transaction(() => undo.added.forEach((r) => this.writer.removeHistory(r.id)))();
      const gone = new Set(undo.added.map((r) => r.id));
      this.history = this.history.filter((r) => !gone.has(r.id));
      this.merged = null;
    }
    if (!lineage) return;
    const known = new Set(this.history.map((r) => r.id));
    const added = lineage.history.filter((r) => !known.has(r.id));
    const parentId = this.history.at(-1)?.id ?? null;
    this.db.transaction(() => added.forEach((r) => this.writer.putHistory(r)))();
    this.history = [...this.history, ...added].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
    this.merged = { added, parentId, mergeParentId: lineage.mergeParentId };
  }

  save(target: string, opts: { force: boolean; appVersion: string; savedBy?: string }): SaveResult {
    this.assertOpen();
    const path = resolve(target);
    if (!opts.force && this.sourcePath !== null && path === resolve(this.sourcePath) && this.fingerprint !== null) this.assertUnchanged(path, this.fingerprint);
    const parentId = this.merged ? this.merged.parentId : (this.history.at(-1)?.id ?? null);
    const record: SaveRecord = { id: newId(), parentId, savedAt: nowIso(), appVersion: opts.appVersion.slice(0, 40), mergeParentId: this.merged?.mergeParentId ?? null, savedBy: (opts.savedBy ?? '').slice(0, 200) };
    const kept = [...this.history, record];
    const dropped = kept.splice(0, Math.max(0, kept.length - MAX_HISTORY));
    this.db.transaction(() => {
      this.writer.putHistory(record);
      for (const r of dropped) this.writer.removeHistory(r.id);
    })();
    let fingerprint: Fingerprint;
    try {
      // Each step is in the sidecar before it happens: a kill anywhere is settled at the next
      // start (pendingSave.ts) instead of leaving a stale fingerprint or a stray temp file.
      fingerprint = atomicSave(this.db, path, {
        writing: (temp) => this.writeSidecar({ path, temp, recordId: record.id, fingerprint: null }),
        ready: (temp, fp) => this.writeSidecar({ path, temp, recordId: record.id, fingerprint: fp }),
      });
    } catch (err) {
      this.db.transaction(() => {
        this.writer.removeHistory(record.id);
        for (const r of dropped) this.writer.putHistory(r);
      })();
      this.writeSidecar();
      throw err;
    }
    this.history = kept;
    this.merged = null;
    this.sourcePath = path;
    this.fingerprint = fingerprint;
    this.unsaved = false;
    this.writeSidecar();
    return { path, savedAt: record.savedAt, bytes: fingerprint.size };
  }

  close(discard: boolean): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    if (discard || !this.unsaved) this.files.remove(this.id);
    else this.files.unlock(this.id);
    this.onClose(this.id);
  }

  private assertOpen(): void {
    if (this.closed) throw new ApiError('session.notFound', { sessionId: this.id });
  }

  private assertUnchanged(path: string, expected: Fingerprint): void {
    if (!existsSync(path)) return;
    let now: Fingerprint;
    try {
      now = fingerprintOf(path);
    } catch {
      return; // Unreadable now: the write itself will report what is wrong.
    }
    if (!sameContent(now, expected)) throw new ApiError('file.changedOnDisk');
  }

  private writeSidecar(pending: PendingSave | null = null): void {
    this.files.writeSidecar({ format: 'vlinder-working-copy', id: this.id, sourcePath: this.sourcePath, dirty: this.unsaved, fingerprint: this.fingerprint, pending });
  }
}

function checkChange(ch: Change, i: number): Change {
  try {
    if (ch.op === 'project') return { op: 'project', value: projectCheck(ch.value, `wijziging ${i + 1}`) };
    if (!Object.hasOwn(TABLES, ch.table)) throw new CheckError(`wijziging ${i + 1}.table`, because('check.unknownTable'));
    if (ch.op === 'put') return { op: 'put', table: ch.table, value: TABLES[ch.table](ch.value, `wijziging ${i + 1}`) };
    if (ch.op === 'delete' && typeof ch.id === 'string') return ch;
    throw new CheckError(`wijziging ${i + 1}`, because('check.notAChange'));
  } catch (err) {
    if (err instanceof CheckError) throw new ApiError('doc.invalidChange', { reason: err.toMessage() });
    throw err;
  }
}
