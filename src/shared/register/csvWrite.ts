/**
 * Writes CSV that Dutch Excel opens correctly by double-click: `;` separated, CRLF line ends, a
 * UTF-8 byte-order mark (so "ë" and "’" survive), quotes only where needed.
 */
import type { CsvDelimiter } from './csvParse.ts';

export type CsvCell = string | number | null | undefined;

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection": a cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return), made inert by a leading apostrophe, which is also
 * how spreadsheets mark such text themselves. Numbers are written as numbers and need none.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(value: CsvCell, delimiter: CsvDelimiter): string {
  if (value === null || value === undefined) return '';
  const safe = typeof value === 'number' ? String(value) : defuseFormula(value);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text for `rows` (first row = headers), with BOM unless `bom: false`. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], opts: { delimiter?: CsvDelimiter; bom?: boolean } = {}): string {
  const delimiter = opts.delimiter ?? ';';
  const body = rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join('\r\n');
  return (opts.bom === false ? '' : '\uFEFF') + body + '\r\n';
}
