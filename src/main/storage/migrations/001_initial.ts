/**
 * Format version 1: one table per entity (columns derived from the entity checks, see
 * columns.ts), the project singleton and the save history. Frozen once released: later changes
 * go into a new numbered migration.
 *
 * No foreign keys on purpose: a placement's path_id points into one of three tables, and
 * integrity is checked in code (validateDoc) on every open and every edit instead.
 * WITHOUT ROWID keeps the UUID primary key stored once, which keeps files small.
 */
export const version = 1;

export const sql = `
  CREATE TABLE project (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    document_id TEXT NOT NULL,
    title TEXT NOT NULL,
    municipality TEXT NOT NULL,
    period TEXT NOT NULL,
    language TEXT NOT NULL,
    confidentiality TEXT NOT NULL,
    scales TEXT NOT NULL,
    description TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE themes (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    code TEXT NOT NULL,
    parent_id TEXT,
    label TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE areas (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    cbs_code TEXT,
    parent_id TEXT
  ) WITHOUT ROWID;
  CREATE TABLE partners (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    domain TEXT,
    role TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE risks (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    hazard TEXT NOT NULL,
    central_event TEXT NOT NULL,
    description TEXT NOT NULL,
    theme_id TEXT,
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
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    domain TEXT,
    confidentiality TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE consequences (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    impact_category TEXT,
    confidentiality TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE risk_causes (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id TEXT NOT NULL,
    cause_id TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE risk_consequences (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id TEXT NOT NULL,
    consequence_id TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE measures (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_id TEXT,
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
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    measure_id TEXT NOT NULL,
    risk_id TEXT NOT NULL,
    path_kind TEXT NOT NULL,
    path_id TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE escalation_factors (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    placement_id TEXT NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    sort_order REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE scores (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id TEXT NOT NULL,
    criterion TEXT NOT NULL,
    value REAL NOT NULL,
    session TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE layout_overrides (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    risk_id TEXT NOT NULL,
    node_key TEXT NOT NULL,
    dx REAL NOT NULL,
    dy REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE save_history (
    id TEXT PRIMARY KEY,
    parent_id TEXT,
    saved_at TEXT NOT NULL,
    app_version TEXT NOT NULL
  ) WITHOUT ROWID;
`;
