/**
 * Format version 1: one table per entity (columns derived from the entity checks, see
 * columns.ts), the project singleton and the save history. Frozen once released: later changes
 * go into a new numbered migration.
 *
 * No foreign keys on purpose: a placement's path_id points into one of three tables, and
 * integrity is checked in code (validateDoc) on every open and every edit instead.
 * Ids are 16-byte blobs (read them with lower(hex(id))); WITHOUT ROWID stores the primary key
 * once. Both keep a 200-risk project under 3 MB.
 */
export const version = 1;

export const sql = `
  CREATE TABLE project (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    document_id BLOB NOT NULL,
    title TEXT NOT NULL,
    municipality TEXT NOT NULL,
    period TEXT NOT NULL,
    language TEXT NOT NULL,
    confidentiality TEXT NOT NULL,
    scales TEXT NOT NULL,
    description TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE themes (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    code TEXT NOT NULL,
    parent_id BLOB,
    label TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE areas (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    cbs_code TEXT,
    parent_id BLOB
  ) WITHOUT ROWID;
  CREATE TABLE partners (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    domain TEXT,
    role TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE risks (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    hazard TEXT NOT NULL,
    central_event TEXT NOT NULL,
    description TEXT NOT NULL,
    theme_id BLOB,
    area_ids TEXT NOT NULL,
    status TEXT NOT NULL,
    priority_advice TEXT,
    goals TEXT NOT NULL,
    indicators TEXT NOT NULL,
    evidence TEXT NOT NULL,
    resources TEXT NOT NULL,
    confidentiality TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE causes (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    domain TEXT,
    confidentiality TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE consequences (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    impact_category TEXT,
    confidentiality TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE risk_causes (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id BLOB NOT NULL,
    cause_id BLOB NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE risk_consequences (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id BLOB NOT NULL,
    consequence_id BLOB NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE measures (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_id BLOB,
    domain TEXT,
    chain_link TEXT,
    status TEXT NOT NULL,
    effectiveness TEXT NOT NULL,
    type TEXT,
    quick_win INTEGER NOT NULL,
    planned_year INTEGER,
    budget_note TEXT NOT NULL,
    confidentiality TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE placements (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    measure_id BLOB NOT NULL,
    risk_id BLOB NOT NULL,
    path_kind TEXT NOT NULL,
    path_id BLOB NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE escalation_factors (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    placement_id BLOB NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE scores (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id BLOB NOT NULL,
    criterion TEXT NOT NULL,
    value REAL NOT NULL,
    session TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE layout_overrides (
    id BLOB PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id BLOB NOT NULL,
    node_key TEXT NOT NULL,
    dx REAL NOT NULL,
    dy REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE save_history (
    id BLOB PRIMARY KEY,
    parent_id BLOB,
    saved_at TEXT NOT NULL,
    app_version TEXT NOT NULL
  ) WITHOUT ROWID;
`;
