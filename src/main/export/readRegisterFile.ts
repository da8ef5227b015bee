/**
 * Reads a long list from an `.xlsx` workbook or a `.csv` file into raw records (rows of text
 * cells), for the pure import in src/shared/register. The file is untrusted: its size is capped,
 * the kind is checked from its first bytes (not only its name), and only cell values are read.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import type { MessageKey, MessageParams } from '../../shared/i18n/t.ts';
import { because } from '../../shared/model/check.ts';
import { parseCsv } from '../../shared/register/csvParse.ts';
import { decodeText } from '../../shared/register/decodeText.ts';
import { MAX_IMPORT_ROWS } from '../../shared/register/sheetTable.ts';

/** Larger than any real long list; keeps a zip bomb or a wrong file from eating the memory. */
export const MAX_LIST_BYTES = 16 * 1024 * 1024;
/** Rows read beyond the import maximum, so the import can still say how many there were. */
const MAX_RECORDS = MAX_IMPORT_ROWS + 50;
const MAX_COLUMNS = 100;

export interface ListFile {
  format: 'xlsx' | 'csv';
  /** The worksheet read (xlsx), or null. */
  sheet: string | null;
  /** The text encoding detected (csv), or null. */
  encoding: string | null;
  records: string[][];
  /** Rows in the file, also those beyond what was read. */
  totalRows: number;
}

const invalid = (key: MessageKey, params?: MessageParams) => new ApiError('import.invalid', { reason: because(key, params) });

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
function isOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Text of one cell as the user sees it: formulas by their result, dates as yyyy-mm-dd. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? '');
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ListFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('reason.excelUnreadable');
  }
  // The first worksheet with content (a workbook often starts with an empty or hidden sheet).
  const ws = wb.worksheets.find((w) => w.state === 'visible' && w.actualRowCount > 0) ?? wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw invalid('reason.sheetEmpty');
  const records: string[][] = [];
  const totalRows = ws.rowCount;
  for (let r = 1; r <= Math.min(totalRows, MAX_RECORDS); r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    const width = Math.min(row.cellCount, MAX_COLUMNS);
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    records.push(cells);
  }
  return { format: 'xlsx', sheet: ws.name, encoding: null, records, totalRows };
}

function readCsv(bytes: Uint8Array): ListFile {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw invalid('reason.notTextFile');
  const all = parseCsv(text);
  return { format: 'csv', sheet: null, encoding, records: all.slice(0, MAX_RECORDS).map((r) => r.slice(0, MAX_COLUMNS)), totalRows: all.length };
}

/** Reads `bytes` (named `fileName`) as a long list. Throws ApiError('import.invalid') with its reason as a message. */
export async function readListFile(bytes: Uint8Array, fileName: string): Promise<ListFile> {
  if (bytes.byteLength === 0) throw invalid('reason.fileEmpty');
  if (bytes.byteLength > MAX_LIST_BYTES) throw invalid('reason.fileTooLarge', { size: `${MAX_LIST_BYTES / 1024 / 1024} MB` });
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (isOle(bytes) || ext === 'xls') throw invalid('reason.oldExcel');
  if (isZip(bytes)) {
    if (ext === 'ods') throw invalid('reason.odsUnsupported');
    return readXlsx(bytes);
  }
  if (ext === 'xlsx') throw invalid('reason.notExcel');
  return readCsv(bytes);
}

/** Reads the long list at `path`; a missing or unreadable file is `file.notFound` / `file.unreadable`. */
export async function readListPath(path: string): Promise<ListFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ApiError('file.notFound', { path });
    throw new ApiError('file.unreadable', { reason: code ?? because('reason.unknownCause') });
  }
  return readListFile(bytes, basename(path));
}
