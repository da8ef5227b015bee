import { c } from '../../model/check.ts';
import { LANGUAGES } from '../../model/vocab.ts';
import { method } from '../define.ts';
import type { PrivacyScan } from './export.ts';

/** A long list read from a file, as raw rows of text cells (the import itself is pure, in src/shared/register). */
export interface ListFileResult {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** The worksheet read (xlsx), or null. */
  sheet: string | null;
  /** The text encoding detected (csv): 'utf-8', 'windows-1252', … */
  encoding: string | null;
  records: string[][];
  /** Rows in the file, also those beyond what was read. */
  totalRows: number;
}

export interface ExportFileResult {
  path: string;
  bytes: number;
  /** The privacy check of what was exported (every export runs it). */
  privacy: PrivacyScan;
}

/** An export handed to the renderer (web host: offered as a download). */
export interface ExportDataResult {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  /** The privacy check of what was exported (every export runs it). */
  privacy: PrivacyScan;
}

const sessionId = c.string({ min: 1, max: 100 });
/** The publication variant: without what is marked vertrouwelijk (and, with omitInternal, intern). */
const publication = c.optional(c.boolean());
const omitInternal = c.optional(c.boolean());
const path = c.string({ min: 1, max: 4096, verbatim: true }); // a file name is used as it is
/** 16 MB of file as base64 (see MAX_LIST_BYTES), with room to spare. */
const base64 = c.string({ min: 1, max: 24 * 1024 * 1024 });

/**
 * The risk register's file side: reading a long list to import (from a path the host chose, or
 * from bytes the user picked in the browser) and exporting the register to .xlsx or .csv.
 * Planning and applying an import happen in the renderer as one undoable edit.
 */
export const registerMethods = {
  /** Reads an .xlsx or .csv long list. Give `path`, or `fileName` with `dataBase64`. */
  'register.readList': method<ListFileResult>()(
    c.object({ path: c.optional(path), fileName: c.optional(c.string({ min: 1, max: 255 })), dataBase64: c.optional(base64) }),
  ),
  /** Writes the session's register to `path`; the extension (.xlsx or .csv) picks the format. */
  'register.exportFile': method<ExportFileResult>()(c.object({ sessionId, path, lang: c.optional(c.enum(LANGUAGES)), publication, omitInternal })),
  /** The session's register as file bytes, for a download. */
  'register.exportData': method<ExportDataResult>()(c.object({ sessionId, format: c.enum(['xlsx', 'csv'] as const), lang: c.optional(c.enum(LANGUAGES)), publication, omitInternal })),
};
