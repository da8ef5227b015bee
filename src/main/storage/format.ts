/**
 * Constants of the .vlinder file format (docs/file-format.md). A .vlinder file is a SQLite
 * database whose header carries APPLICATION_ID and whose user_version is the schema version.
 */
import { MAX_PROJECT_BYTES } from '../../shared/api/limits.ts';

import { LATEST_VERSION } from './migrations/index.ts';

/** The schema version this build writes, and the newest it can read: the last numbered migration. */
export const FORMAT_VERSION = LATEST_VERSION;

/** `PRAGMA application_id`: the ASCII bytes "VLDR". */
export const APPLICATION_ID = 0x564c4452;

/** Files larger than this are refused before any byte is parsed: the one project limit. */
export const MAX_FILE_BYTES = MAX_PROJECT_BYTES;

/** The 16 bytes every SQLite 3 database starts with. */
export const SQLITE_MAGIC = 'SQLite format 3\0';

/** The smallest possible SQLite database: one page of the smallest page size. */
export const MIN_SQLITE_BYTES = 512;
