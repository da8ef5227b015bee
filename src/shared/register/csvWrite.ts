/**
 * Writes CSV that Dutch Excel opens correctly by double-click: `;` separated, CRLF line ends, a
 * UTF-8 byte-order mark (so "ë" and "’" survive), quotes only where needed.
 */
import type { CsvDelimiter } from './csvParse.ts';

export type CsvCell = string | number | null | undefined;

function quote(value: CsvCell, delimiter: CsvDelimiter): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : value;
  // A leading =, +, - or @ would be run as a formula by spreadsheets (CSV injection): prefix a quote.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text for `rows` (first row = headers), with BOM unless `bom: false`. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], opts: { delimiter?: CsvDelimiter; bom?: boolean } = {}): string {
  const delimiter = opts.delimiter ?? ';';
  const body = rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join('\r\n');
  return (opts.bom === false ? '' : '\uFEFF') + body + '\r\n';
}
