/**
 * The vocabulary of comparing and merging two copies of one project (docs/merge.md). A *copy* is
 * a document with the save history it carries; the two are called mine (the open project, or the
 * first file) and theirs (the other file).
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { ChangeRecords, SaveRecord, TableName } from '../model/entities.ts';

export type Side = 'mine' | 'theirs';

/** One copy of a project: what is in it and the lineage of saves it descends from. */
export interface Copy {
  doc: ProjectDoc;
  history: readonly SaveRecord[];
  /**
   * The rows this copy deleted and the fields it changed, recorded since
   * `doc.project.trackedSince` (absent: judged by the rows' clocks alone).
   */
  records?: ChangeRecords;
}

/** A table of the document, or the project singleton (whose id is the word `project`). */
export type EntityTable = TableName | 'project';

/** The last save both copies descend from: where they parted. */
export interface Parting {
  /** The common save, or null when the copies share none (then everything counts as changed). */
  save: SaveRecord | null;
  /** Entities stamped later than this changed after the copies parted; null: since always. */
  at: string | null;
}

/** Who changed an entity since the copies parted. */
export type ChangedBy = Side | 'both';

export interface FieldDiff {
  field: string;
  /** Who changed this field (for an entity both sides changed). */
  by: ChangedBy;
  mine: unknown;
  theirs: unknown;
}

export type DiffKind = 'added' | 'removed' | 'changed' | 'moved';

/**
 * One entity that differs between the copies. `added`/`removed` are seen from the side that
 * did it (`by`): added by theirs means it is new in theirs; removed by theirs means theirs
 * deleted what mine still has. `moved` is a change of order or path only.
 */
export interface EntityDiff {
  table: EntityTable;
  id: string;
  kind: DiffKind;
  by: ChangedBy;
  /** Field by field for `changed`/`moved`; empty for added and removed. */
  fields: FieldDiff[];
  /** The risk it belongs to (the first that uses a shared concept), null for project-wide rows. */
  riskId: string | null;
  /** How a user names it: the risk's code and title, a label, a name. */
  label: string;
  /** `updatedAt` on each side (null where it is absent). */
  mineAt: string | null;
  theirsAt: string | null;
  /** Whether this difference needs a decision (see `Conflict`). */
  conflict: boolean;
}

/**
 * A difference the merge cannot decide: the same field changed on both sides to different values
 * (`field`), or an entity edited on one side and deleted on the other (`editDelete`).
 * `key` is what a choice is given for.
 */
export interface Conflict {
  key: string;
  kind: 'field' | 'editDelete';
  table: EntityTable;
  id: string;
  field: string | null;
  mine: unknown;
  theirs: unknown;
  riskId: string | null;
  label: string;
  /** For `editDelete`: the side that deleted it. */
  deletedBy: Side | null;
}

export interface Comparison {
  parting: Parting;
  diffs: EntityDiff[];
  conflicts: Conflict[];
}

/** Per conflict key, which side's value the merge takes. */
export type Choices = Readonly<Record<string, Side>>;

export interface MergeResult {
  doc: ProjectDoc;
  /** Both lineages, oldest first, without duplicates. */
  history: SaveRecord[];
  /** The last save of each side (the merged save's two parents). */
  parents: { mine: string | null; theirs: string | null };
  /** Conflicts without a choice; the merge is complete only when this is empty. */
  open: Conflict[];
  /** How many differences were taken from each side without a question. */
  taken: { mine: number; theirs: number };
  /** Rows dropped because what they pointed at was deleted on the other side. */
  dropped: { table: TableName; id: string }[];
  /**
   * The change records the merged file carries: both copies' deletions of rows it does not hold,
   * and their field changes of rows it does (the newest per field).
   */
  records: ChangeRecords;
}
