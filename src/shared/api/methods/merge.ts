/** Comparing and merging the open project with another copy of it (docs/merge.md). */
import { c } from '../../model/check.ts';
import type { ProjectDoc } from '../../model/doc.ts';
import { saveRecordCheck, type SaveRecord, type TableName } from '../../model/entities.ts';
import type { RiskName } from '../../merge/groupByRisk.ts';
import type { Comparison, Conflict, MergeResult } from '../../merge/types.ts';
import { method } from '../define.ts';

/** One side of a comparison as the user knows it. */
export interface CopyInfo {
  path: string | null;
  title: string;
  /** The newest save of that copy (when and by whom), null when never saved. */
  lastSave: SaveRecord | null;
}

export interface CompareResult {
  comparison: Comparison;
  /** The risks only the other copy has, so that their differences are listed under them. */
  theirRisks: RiskName[];
  mine: CopyInfo;
  theirs: CopyInfo;
}

/** The other copy's lineage, to be adopted by the open project once the merge is applied. */
export interface MergeLineage {
  history: SaveRecord[];
  mergeParentId: string | null;
}

export interface PrepareResult {
  /** The merged document (open conflicts provisionally keep mine's value / the edited row). */
  doc: ProjectDoc;
  open: Conflict[];
  taken: MergeResult['taken'];
  dropped: { table: TableName; id: string }[];
  lineage: MergeLineage;
  theirs: CopyInfo;
}

const sessionId = c.string({ min: 1, max: 100 });
const path = c.string({ min: 1, max: 4096, verbatim: true });
const side = c.enum(['mine', 'theirs'] as const);

export const mergeMethods = {
  /** The differences between the open project and the copy at `path`, grouped by risk, with the conflicts. */
  'merge.compare': method<CompareResult>()(c.object({ sessionId, path })),
  /**
   * The merge of the copy at `path` into the open project with the given choices (`take` decides
   * every conflict without a choice). Writes nothing: the UI applies `doc` as one edit.
   */
  'merge.prepare': method<PrepareResult>()(c.object({ sessionId, path, choices: c.record(side, { max: 100_000 }), take: c.optional(side) })),
  /** After the merged document is applied (or the merge undone: `null`), the lineage the next save records. */
  'merge.adopt': method<{ adopted: boolean }>()(c.object({ sessionId, lineage: c.nullable(c.object({ history: c.array(saveRecordCheck, { max: 10_000 }), mergeParentId: c.nullable(c.id()) })) })),
};
