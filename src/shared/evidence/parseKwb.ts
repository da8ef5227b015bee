/**
 * Reads the CBS "Kerncijfers wijken en buurten": the workbook `kwb-YYYY.xlsx` (short column names
 * `gwb_code_10`, `regio`, `recs`, `a_inw`, …; the rows of the first sheet come in as text cells)
 * or the same table as a StatLine CSV (`WijkenEnBuurten`, `AantalInwoners_5`, … — numbered
 * suffixes that change per year, matched on the name without the suffix). One year per file.
 * Only the indicators a safety profile uses are kept; other columns are ignored. `.` (or an
 * empty cell) is a suppressed value.
 */
import { parseCsv } from '../register/csvParse.ts';
import { readAreaCode } from './areaCodes.ts';
import { EvidenceError } from './evidenceError.ts';
import { baseName } from './parseStatline.ts';
import type { EvidenceImport, EvidenceObservation } from './types.ts';

export interface KwbIndicator {
  /** Workbook column, also the kind stored. */
  kind: string;
  /** StatLine column name without suffix. */
  statline: string;
  name: string;
}

export const KWB_INDICATORS: readonly KwbIndicator[] = [
  { kind: 'a_inw', statline: 'AantalInwoners', name: 'Aantal inwoners' },
  { kind: 'a_hh', statline: 'HuishoudensTotaal', name: 'Huishoudens' },
  { kind: 'bev_dich', statline: 'Bevolkingsdichtheid', name: 'Bevolkingsdichtheid (inwoners per km²)' },
  { kind: 'a_woning', statline: 'Woningvoorraad', name: 'Woningvoorraad' },
  { kind: 'g_ink_pi', statline: 'GemiddeldInkomenPerInwoner', name: 'Gemiddeld inkomen per inwoner (× € 1 000)' },
  { kind: 'a_15_24', statline: 'k_15Tot25Jaar', name: 'Inwoners van 15 tot 25 jaar' },
];

export interface KwbOptions {
  fileName: string;
  downloadedAt: string;
  /** The year of the figures; default: from the file name (kwb-2024.xlsx). */
  year?: number;
}

function yearOf(opts: KwbOptions): number {
  const y = opts.year ?? Number(/(?:kwb|wijk|buurt)[^0-9]*((?:19|20)\d\d)/i.exec(opts.fileName)?.[1] ?? NaN);
  if (!Number.isInteger(y) || y < 1990 || y > 2200) throw new EvidenceError('evidence.error.period', { line: 1, value: opts.fileName });
  return y;
}

/** Dutch workbooks write decimals with a comma; StatLine CSV with a point. */
function readValue(raw: string): number | null | undefined {
  const v = raw.trim();
  if (v === '.' || v === '' || v === 'x') return null;
  const n = v.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(n)) return undefined;
  return Number(n);
}

/** Parses the rows of a Kerncijfers table (workbook cells or CSV records). */
export function parseKwbRecords(records: string[][], opts: KwbOptions): EvidenceImport {
  if (records.length === 0) throw new EvidenceError('evidence.error.empty');
  const isCode = (c: string) => /^gwb_code(_10)?$/i.test(c.trim()) || /^WijkenEnBuurten$/i.test(baseName(c));
  const headerIndex = records.findIndex((r) => r.some(isCode));
  if (headerIndex < 0) throw new EvidenceError('evidence.error.noHeader');
  const header = records[headerIndex]!.map((c) => c.trim());
  const codeCol = header.findIndex((c) => /^gwb_code_10$/i.test(c)) >= 0 ? header.findIndex((c) => /^gwb_code_10$/i.test(c)) : header.findIndex(isCode);
  const cols = KWB_INDICATORS.map((ind) => ({ ind, col: header.findIndex((c) => c.toLowerCase() === ind.kind || baseName(c).toLowerCase() === ind.statline.toLowerCase()) })).filter((x) => x.col >= 0);
  if (cols.length === 0) throw new EvidenceError('evidence.error.missingColumn', { column: 'a_inw' });
  const year = yearOf(opts);
  const period = `${year}JJ00`;
  const tableId = `kwb-${year}`;
  const data = records.slice(headerIndex + 1).filter((r) => r.some((c) => c.trim() !== ''));
  if (data.length === 0) throw new EvidenceError('evidence.error.noData');
  const observations: EvidenceObservation[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  records.slice(headerIndex + 1).forEach((r, i) => {
    if (!r.some((c) => c.trim() !== '')) return;
    const line = headerIndex + 2 + i;
    const raw = r[codeCol] ?? '';
    const area = readAreaCode(raw);
    if (area === null) throw new EvidenceError('evidence.error.area', { line, value: raw.trim() });
    if (area === 'higher') {
      skipped++;
      return;
    }
    if (seen.has(area.code)) throw new EvidenceError('evidence.error.duplicate', { line, area: area.code, period });
    seen.add(area.code);
    for (const { ind, col } of cols) {
      const value = readValue(r[col] ?? '');
      if (value === undefined) throw new EvidenceError('evidence.error.value', { line, column: header[col]!, value: (r[col] ?? '').trim() });
      observations.push({ source: 'cbs', tableId, downloadedAt: opts.downloadedAt, area: area.code, period, kind: ind.kind, measure: 'Kerncijfers', value });
    }
  });
  return { source: 'cbs', tableId, title: `Kerncijfers wijken en buurten ${year} (CBS)`, downloadedAt: opts.downloadedAt, observations, skippedOtherAreas: skipped, lines: data.length };
}

/** The StatLine CSV form of the Kerncijfers table. */
export function parseKwbCsv(text: string, opts: KwbOptions): EvidenceImport {
  return parseKwbRecords(parseCsv(text), opts);
}

export function kwbIndicatorName(kind: string): string | undefined {
  return KWB_INDICATORS.find((k) => k.kind === kind)?.name;
}
