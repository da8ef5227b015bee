/**
 * Picks the reader for an evidence file from its header: a police/CBS crime table (has
 * `Perioden`) or the Kerncijfers wijken en buurten (has `gwb_code_10` or `WijkenEnBuurten`
 * without periods). Workbooks arrive as text records (read on the Node side).
 */
import { parseCsv } from '../register/csvParse.ts';
import { EvidenceError } from './evidenceError.ts';
import { parseKwbRecords, type KwbOptions } from './parseKwb.ts';
import { baseName, parseStatlineCsv, type StatlineOptions } from './parseStatline.ts';
import type { EvidenceImport } from './types.ts';

export type ReadOptions = StatlineOptions & Pick<KwbOptions, 'year'>;

function hasPeriods(records: string[][]): boolean {
  return records.slice(0, 20).some((r) => r.some((c) => baseName(c).toLowerCase() === 'perioden'));
}

/** Reads CSV text as evidence. */
export function readEvidenceCsv(text: string, opts: ReadOptions): EvidenceImport {
  const records = parseCsv(text);
  if (records.length === 0) throw new EvidenceError('evidence.error.empty');
  return hasPeriods(records) ? parseStatlineCsv(text, opts) : parseKwbRecords(records, opts);
}

/** Reads workbook rows (text cells) as evidence: the Kerncijfers workbook. */
export function readEvidenceRecords(records: string[][], opts: ReadOptions): EvidenceImport {
  if (hasPeriods(records)) throw new EvidenceError('evidence.error.noHeader');
  return parseKwbRecords(records, opts);
}
