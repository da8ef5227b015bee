/**
 * Two copies of one project for merge tests: a generated project saved once (the parting save),
 * then edited on each side with the real operations, each with its own clock after the parting.
 */
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { SaveRecord } from '../../../src/shared/model/entities.ts';
import { sequentialIdentity, withIdentity } from '../../../src/shared/model/ops/stamp.ts';
import { recordChanges } from '../../../src/shared/merge/fieldChanges.ts';
import type { Copy } from '../../../src/shared/merge/types.ts';
import { generateProject } from '../../builders/generateProject.ts';

export const PARTED_AT = '2026-06-01T00:00:00.000Z';

export function save(id: string, savedAt: string, parentId: string | null = null): SaveRecord {
  return { id, parentId, savedAt, appVersion: '0.1.0', mergeParentId: null, savedBy: '' };
}

export const BASE_SAVE = save('00000000-0000-4000-8000-00000000b001', PARTED_AT);

/**
 * The common ancestor: a generated project, saved at PARTED_AT. `tracked` (default): its changes
 * are recorded (as a version 5 file's are) from before the parting; `tracked: false` (files that
 * parted before format 5): the merge has only the rows' clocks.
 */
export function baseCopy(opts: { risks?: number; workedOut?: number; seed?: number; tracked?: boolean } = {}): Copy {
  const doc = generateProject({ risks: opts.risks ?? 8, workedOut: opts.workedOut ?? 3, seed: opts.seed ?? 7 });
  if (opts.tracked === false) return { doc, history: [BASE_SAVE] };
  doc.project.trackedSince = '2026-05-01T00:00:00.000Z';
  return { doc, history: [BASE_SAVE], records: { deletions: [], fieldChanges: [] } };
}

/**
 * A copy edited from `base` by `edit` (real operations on a deep copy), with ids and times from
 * `seed` after the parting, and saved once more (`saveId`) unless `saveId` is null.
 */
export function editedCopy(base: Copy, seed: number, edit: (doc: ProjectDoc) => void, saveId: string | null = `00000000-0000-4000-8000-${String(seed).padStart(12, '0')}`): Copy {
  const doc = structuredClone(base.doc);
  const start = new Date(Date.parse(PARTED_AT) + seed * 3_600_000).toISOString();
  withIdentity(sequentialIdentity(seed, start), () => edit(doc));
  const history = saveId ? [...base.history, save(saveId, new Date(Date.parse(start) + 3_000_000).toISOString(), base.history.at(-1)?.id ?? null)] : [...base.history];
  if (!base.records) return { doc, history };
  // What the working copy records: every row of the base that the edit deleted, every field it changed.
  return { doc, history, records: recordChanges(base.doc, doc, base.records, start) };
}
