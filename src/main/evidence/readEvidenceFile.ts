/**
 * Reads an evidence file (bytes + name) on the Node side: CSV as text, the Kerncijfers workbook
 * (.xlsx) through exceljs as text cells of its first sheet; then the pure readers of
 * src/shared/evidence. The file is untrusted: size and sheet dimensions are capped; only cell
 * values are read. Errors come out as ApiError('evidence.invalid') with the Dutch or English
 * message (naming the line) as reason, so the CLI and the app say the same.
 */
import ExcelJS from 'exceljs';
import { ApiError } from '../../shared/api/errors.ts';
import { EvidenceError } from '../../shared/evidence/evidenceError.ts';
import { readEvidenceCsv, readEvidenceRecords, type ReadOptions } from '../../shared/evidence/readEvidence.ts';
import type { EvidenceImport } from '../../shared/evidence/types.ts';
import { t } from '../../shared/i18n/t.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { decodeText } from '../../shared/register/decodeText.ts';
import { cellText } from '../export/readRegisterFile.ts';

/** A whole country of buurten fits (about 17 000 rows of kwb); a police month file per buurt too. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;
const MAX_ROWS = 400_000;
const MAX_COLUMNS = 400;

async function workbookRecords(bytes: Uint8Array, lang: Language): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ApiError('evidence.invalid', { reason: t(lang, 'evidence.error.workbook') });
  }
  const ws = wb.worksheets.find((w) => w.state === 'visible' && w.actualRowCount > 0) ?? wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) return [];
  const out: string[][] = [];
  for (let r = 1; r <= Math.min(ws.rowCount, MAX_ROWS); r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, MAX_COLUMNS); c++) cells.push(cellText(row.getCell(c).value));
    out.push(cells);
  }
  return out;
}

export async function readEvidenceFile(bytes: Uint8Array, opts: ReadOptions & { lang?: Language }): Promise<EvidenceImport> {
  const lang = opts.lang ?? 'nl';
  const fail = (err: EvidenceError) => new ApiError('evidence.invalid', { reason: t(lang, err.key, err.params) });
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) throw new ApiError('evidence.invalid', { reason: t(lang, 'evidence.error.tooLarge', { max: MAX_EVIDENCE_BYTES / 1024 / 1024 }) });
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readEvidenceRecords(await workbookRecords(bytes, lang), opts);
    const { text } = decodeText(bytes);
    if (text.includes('\u0000')) throw new EvidenceError('evidence.error.notText');
    return readEvidenceCsv(text, opts);
  } catch (err) {
    if (err instanceof EvidenceError) throw fail(err);
    throw err;
  }
}
