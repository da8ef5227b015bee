/**
 * The numbered migrations: the one list that defines the .vlinder format's versions. Each brings
 * a database from `version - 1` to `version`; they run only on databases of our own (working
 * copies and the scratch copy an older file is migrated in), never on a file from disk, inside
 * one transaction. FORMAT_VERSION is the last entry's version.
 *
 * To change the format, add `NNN_<what>.ts` exporting `version`, `sql` and, for new columns or
 * tables, `adds` / `addsTables` (so an older file is read with the columns it really has), and
 * append it here. Never edit a released migration. See docs/recipes.md.
 */
import type Database from 'better-sqlite3';
import * as m001 from './001_initial.ts';
import * as m002 from './002_dismissed_findings.ts';
import * as m003 from './003_project_details_ivp.ts';
import * as m004 from './004_sessions_evidence.ts';
import * as m005 from './005_merge_lineage.ts';

export interface Migration {
  version: number;
  /** Brings the schema (and, with SQL, the content) from `version - 1` to `version`. */
  sql: string;
  /** For content changes SQL cannot express; runs after `sql` in the same transaction. */
  upgrade?: (db: Database.Database) => void;
  /** Fields added to existing tables, by model table name (`risks`, `project`, …). */
  adds?: { readonly [table: string]: readonly string[] };
  /** Entity tables this version introduces (model names). */
  addsTables?: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005];

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`storage: migration ${i + 1} declares version ${m.version}`);
});

/** The format version this build writes and the newest it reads. */
export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;
