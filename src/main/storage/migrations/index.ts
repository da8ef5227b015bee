/**
 * The numbered migrations. Each brings a database from `version - 1` to `version`; they run
 * only on working copies (never on a file from disk), inside one transaction.
 */
import * as m001 from './001_initial.ts';

export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m001];
