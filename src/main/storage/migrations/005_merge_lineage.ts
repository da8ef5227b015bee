/**
 * Format version 5: what comparing and merging two copies needs (docs/merge.md). From
 * `tracked_since` on, every deleted row (`deletions`) and every changed field of a row
 * (`field_changes`) is recorded; a save records who made it and, for a save that merged two
 * copies, its second parent. Older files get their changes recorded from their migration on, an
 * empty name and no second parent.
 */
export const version = 5;

export const sql = `
  ALTER TABLE project ADD COLUMN tracked_since TEXT NOT NULL DEFAULT '';
  UPDATE project SET tracked_since = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
  CREATE TABLE deletions (
    id BLOB PRIMARY KEY,
    kind TEXT NOT NULL,
    deleted_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE field_changes (
    id BLOB NOT NULL,
    field TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (id, field)
  ) WITHOUT ROWID;
  ALTER TABLE save_history ADD COLUMN merge_parent_id BLOB;
  ALTER TABLE save_history ADD COLUMN saved_by TEXT NOT NULL DEFAULT '';
`;

/** Fields (model names, per table) a file of an earlier version does not have. */
export const adds = {
  project: ['trackedSince'],
  saveHistory: ['mergeParentId', 'savedBy'],
} as const;

/** Tables this version introduces. */
export const addsTables = ['deletions', 'fieldChanges'] as const;
