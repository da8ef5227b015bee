/**
 * What the core needs from storage. Implemented by `src/main/storage` (the only place that
 * imports the SQLite driver); the core never sees SQL.
 */
import type { SaveResult } from '../../shared/api/methods/project.ts';
import type { Change, ProjectDoc } from '../../shared/model/doc.ts';
import type { ChangeRecords, SaveRecord } from '../../shared/model/entities.ts';

export interface WorkingCopySummary {
  id: string;
  path: string | null;
  title: string;
  dirty: boolean;
  updatedAt: string;
}

/** One open project: a SQLite working copy in the data folder. Every method is synchronous and atomic. */
export interface WorkingCopy {
  readonly id: string;
  readonly path: string | null;
  readonly dirty: boolean;
  readonly revision: number;
  /** The validated current content (kept in memory, in step with the database). */
  doc(): ProjectDoc;
  /** The lineage carried in the file (oldest first); JSON exports pass it on as `saveHistory`. */
  saveHistory(): readonly SaveRecord[];
  /** The recorded deletions and field changes (docs/merge.md), read from the working copy. */
  changeRecords(): ChangeRecords;
  /** Validates and commits the changes in one transaction; on any error nothing is written. */
  apply(changes: readonly Change[]): number;
  /**
   * Writes the whole project atomically to `target` (temp file in the same folder, fsync, rename).
   * Throws ApiError('file.changedOnDisk') if the file on disk changed since it was opened or last
   * saved, unless `force`.
   */
  save(target: string, opts: { force: boolean; appVersion: string; savedBy?: string }): SaveResult;
  /**
   * After a merge (docs/merge.md): the other copy's saves join this lineage and the next save
   * names the other copy's last save as its second parent; `null` undoes that.
   */
  adoptLineage(lineage: { history: readonly SaveRecord[]; mergeParentId: string | null } | null): void;
  /** Closes the working copy; with `discard` the working copy is deleted. */
  close(discard: boolean): void;
}

export interface Storage {
  /** A new working copy holding `doc`, not tied to a file yet (optionally with the lineage it came with, e.g. from JSON). */
  create(doc: ProjectDoc, opts?: { history?: readonly SaveRecord[]; records?: ChangeRecords }): WorkingCopy;
  /** Opens an untrusted .vlinder file into a fresh working copy. Never modifies `path`. Throws ApiError('file.*'). */
  open(path: string): WorkingCopy;
  /**
   * Reads an untrusted .vlinder file without opening it as a project (the other copy of a merge):
   * the same checks as `open`, nothing kept. Throws ApiError('file.*').
   */
  read(path: string): { doc: ProjectDoc; history: SaveRecord[]; records: ChangeRecords; formatVersion: number };
  /** Working copies present in the data folder that are not open in this process (crash leftovers). */
  leftovers(): WorkingCopySummary[];
  /** Re-opens a leftover working copy. */
  resume(id: string): WorkingCopy;
  /** Closes every open working copy (keeping them on disk). */
  closeAll(): void;
}
