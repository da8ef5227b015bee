/**
 * Format version 4: live scoring sessions with their participants' votes, and imported
 * open-data evidence series, are kept in the file instead of only for the session
 * (docs/live-scoring.md, docs/evidence.md). Three new tables; an older file has none of them.
 */
export const version = 4;

export const sql = `
  CREATE TABLE scoring_sessions (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    held_on TEXT NOT NULL,
    name TEXT NOT NULL,
    criteria TEXT NOT NULL,
    risk_ids TEXT NOT NULL,
    participant_count INTEGER NOT NULL,
    status TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE session_votes (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    session_id BLOB NOT NULL,
    risk_id BLOB NOT NULL,
    criterion TEXT NOT NULL,
    value REAL NOT NULL,
    participant TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE evidence_series (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    source TEXT NOT NULL,
    table_id TEXT NOT NULL,
    title TEXT NOT NULL,
    downloaded_at TEXT NOT NULL,
    area TEXT NOT NULL,
    kind TEXT NOT NULL,
    measure TEXT NOT NULL,
    risk_id BLOB,
    points TEXT NOT NULL
  ) WITHOUT ROWID;
`;

/** Entity tables (model names) a file of an earlier version does not have. */
export const addsTables = ['scoringSessions', 'sessionVotes', 'evidenceSeries'] as const;
