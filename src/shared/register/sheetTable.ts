/**
 * The neutral form of an imported list, whatever file it came from: one header row and the data
 * rows below it, every cell as trimmed text. `line` keeps the row number the user sees in the
 * spreadsheet, so errors can point at it.
 */
import type { Scales } from '../model/scalesSchema.ts';
import { recognisedCount } from './columns.ts';

export interface SheetRow {
  /** 1-based row number in the source file (as Excel shows it). */
  line: number;
  cells: string[];
}

export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
}

/** The most rows an import accepts; a register of more is not a long list but a mistake. */
export const MAX_IMPORT_ROWS = 5000;

function clean(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  // A leading apostrophe is how spreadsheets (and our CSV export) mark text that looks like a formula.
  return String(cell).replace(/^'(?=[=+\-@\t\r])/, '').trim();
}

/**
 * Builds a table from raw records (CSV records or worksheet rows, first record = line 1). The
 * header row is the first of the first ten non-empty rows in which at least two headers are
 * recognised (so a title line above the table is skipped); otherwise the first non-empty row.
 * Empty rows are dropped; rows are padded to the header width.
 */
export function toSheetTable(records: readonly (readonly unknown[])[], scales: Scales): SheetTable {
  const rows = records.map((r, i) => ({ line: i + 1, cells: r.map(clean) })).filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) return { headers: [], rows: [] };
  const candidates = rows.slice(0, 10);
  const headerRow = candidates.find((r) => recognisedCount(r.cells, scales) >= 2) ?? rows[0]!;
  const start = rows.indexOf(headerRow);
  let width = headerRow.cells.length;
  while (width > 0 && headerRow.cells[width - 1] === '') width--;
  const headers = headerRow.cells.slice(0, width);
  const body = rows.slice(start + 1).map((r) => ({ line: r.line, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? '') }));
  return { headers, rows: body.filter((r) => r.cells.some((c) => c !== '')) };
}
