/**
 * Format version 2: a risk keeps the findings of the method rules that the user chose to ignore
 * ("Negeren"), with who, when and why, so a dismissal survives saving and reopening. Stored as
 * a JSON list on the risk (`dismissed_findings`); a version 1 file gets an empty list.
 */
export const version = 2;

export const sql = `
  ALTER TABLE risks ADD COLUMN dismissed_findings TEXT NOT NULL DEFAULT '[]';
`;

/** Fields (model names, per table) a file of an earlier version does not have. */
export const adds = { risks: ['dismissedFindings'] } as const;
