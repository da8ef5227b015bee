/**
 * Format version 5: what comparing and merging two copies needs (docs/merge.md). The project
 * keeps when each of its fields was last changed; every deleted row is recorded (`deletions`),
 * from `deletions_since` on; a save records who made it and, for a save that merged two copies,
 * its second parent. Older files get no stamps, deletions recorded from their migration on, an
 * empty name and no second parent.
 */
export const version = 5;

export const sql = `
  ALTER TABLE project ADD COLUMN field_stamps TEXT NOT NULL DEFAULT '{}';
  ALTER TABLE project ADD COLUMN deletions_since TEXT NOT NULL DEFAULT '';
  UPDATE project SET deletions_since = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
  CREATE TABLE deletions (
    id BLOB PRIMARY KEY,
    kind TEXT NOT NULL,
    deleted_at TEXT NOT NULL
  ) WITHOUT ROWID;
  ALTER TABLE save_history ADD COLUMN merge_parent_id BLOB;
  ALTER TABLE save_history ADD COLUMN saved_by TEXT NOT NULL DEFAULT '';
`;

/** Fields (model names, per table) a file of an earlier version does not have. */
export const adds = {
  project: ['fieldStamps', 'deletionsSince'],
  saveHistory: ['mergeParentId', 'savedBy'],
} as const;

/** Tables this version introduces. */
export const addsTables = ['deletions'] as const;
