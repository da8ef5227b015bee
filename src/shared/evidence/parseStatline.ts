/**
 * Reads a StatLine / police open-data CSV ("TypedDataSet"): `;`-separated, quoted, a header of
 * column names of which the measure columns carry a numbered suffix that changes per table year
 * (`GeregistreerdeMisdrijven_1`, `…_2`), area codes padded with spaces (`"GM0363    "`), period
 * codes (`2024MM03`), crime codes with a trailing space (`"1.1.1 "`), and `.` for a value the
 * publisher suppressed. Lines before the header (a title line some exports add) are skipped.
 * Any bad line refuses the whole file, naming the line: nothing is half-imported.
 */
import { parseCsv } from '../register/csvParse.ts';
import { readAreaCode } from './areaCodes.ts';
import { readCrimeCode } from './crimeKinds.ts';
import { EvidenceError } from './evidenceError.ts';
import { parsePeriod } from './periods.ts';
import { knownTable, tableForColumns, tableIdFromName, KNOWN_TABLES, type KnownTable } from './tables.ts';
import type { EvidenceImport, EvidenceObservation } from './types.ts';

export interface StatlineOptions {
  /** The file's name: its table id is read from it when present. */
  fileName: string;
  /** yyyy-mm-dd */
  downloadedAt: string;
  /** The table the user says this is; refused when the file is another one. */
  tableId?: string;
}

/** A column name without its numbered suffix: "GeregistreerdeMisdrijven_1" → "GeregistreerdeMisdrijven". */
export function baseName(column: string): string {
  return column.trim().replace(/_\d+$/, '');
}

const AREA_COLUMNS = ['WijkenEnBuurten', 'RegioS', 'Gemeenten'];
const lower = (s: string) => s.toLowerCase();

/** Parses a number as StatLine writes it: "12", "  12", "1.5" (decimal point), "-3"; '.' is suppressed. */
function readValue(raw: string): number | null | undefined {
  const v = raw.trim();
  if (v === '.' || v === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

function chooseTable(bases: string[], opts: StatlineOptions, periods: () => Set<string>): KnownTable {
  const named = opts.tableId ?? tableIdFromName(opts.fileName);
  const fitting = tableForColumns(bases);
  if (named) {
    const known = knownTable(named);
    if (!known) throw new EvidenceError('evidence.error.unknownTable', { table: named, known: KNOWN_TABLES.map((t) => t.id).join(', ') });
    const have = new Set(bases.map(lower));
    const missing = known.dimensions.find((d) => !have.has(lower(d)));
    if (missing) throw new EvidenceError('evidence.error.otherTable', { expected: known.id, found: fitting?.id ?? '?', column: missing });
    return known;
  }
  if (!fitting) throw new EvidenceError('evidence.error.missingColumn', { column: AREA_COLUMNS.some((a) => bases.map(lower).includes(lower(a))) ? 'Perioden' : 'WijkenEnBuurten' });
  // 47022NED (months) and 47018NED (years) share their columns: the periods decide.
  if (fitting.id === '47022NED' && [...periods()].every((p) => p.includes('JJ'))) return knownTable('47018NED')!;
  return fitting;
}

export function parseStatlineCsv(text: string, opts: StatlineOptions): EvidenceImport {
  const records = parseCsv(text);
  if (records.length === 0) throw new EvidenceError('evidence.error.empty');
  const headerIndex = records.findIndex((r) => r.some((c) => lower(baseName(c)) === 'perioden'));
  if (headerIndex < 0) throw new EvidenceError('evidence.error.noHeader');
  const header = records[headerIndex]!.map((c) => c.trim());
  const bases = header.map(baseName);
  // Column names with spaces ("Wijken en buurten") are StatLine's labelled export, without codes.
  if (bases.some((b) => /\s/.test(b)) && !bases.some((b) => AREA_COLUMNS.map(lower).includes(lower(b)))) throw new EvidenceError('evidence.error.labels');
  const index = (name: string) => bases.findIndex((b) => lower(b) === lower(name));
  const periodCol = index('Perioden');
  const data = records.slice(headerIndex + 1);
  const lineOf = (i: number) => headerIndex + 2 + i;
  const table = chooseTable(bases, opts, () => new Set(data.map((r) => (r[periodCol] ?? '').trim().toUpperCase())));
  const areaCol = index(table.dimensions.find((d) => AREA_COLUMNS.includes(d))!);
  const kindCol = table.kindColumn ? index(table.kindColumn) : -1;
  const dims = new Set(table.dimensions.map((d) => index(d)));
  const idCol = index('ID');
  const measureCols = header.map((_, i) => i).filter((i) => !dims.has(i) && i !== idCol && header[i] !== '');
  if (measureCols.length === 0) throw new EvidenceError('evidence.error.missingColumn', { column: 'GeregistreerdeMisdrijven' });
  if (data.length === 0) throw new EvidenceError('evidence.error.noData');

  const observations: EvidenceObservation[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  data.forEach((r, i) => {
    const line = lineOf(i);
    if (r.length !== header.length) throw new EvidenceError('evidence.error.columns', { line, count: r.length, expected: header.length });
    const area = readAreaCode(r[areaCol]!);
    if (area === null) throw new EvidenceError('evidence.error.area', { line, value: r[areaCol]!.trim() });
    const period = parsePeriod(r[periodCol]!);
    if (!period) throw new EvidenceError('evidence.error.period', { line, value: r[periodCol]!.trim() });
    let kind = '';
    if (kindCol >= 0) {
      const raw = r[kindCol]!;
      const code = table.kindColumn === 'SoortMisdrijf' ? readCrimeCode(raw) : raw.trim() || null;
      if (!code) throw new EvidenceError('evidence.error.kind', { line, value: raw.trim() });
      kind = code;
    }
    if (area === 'higher') {
      skipped++;
      return;
    }
    for (const col of measureCols) {
      const value = readValue(r[col]!);
      if (value === undefined) throw new EvidenceError('evidence.error.value', { line, column: header[col]!, value: r[col]!.trim() });
      const measure = bases[col]!;
      const key = `${area.code}|${period.code}|${kind}|${measure}`;
      if (seen.has(key)) throw new EvidenceError('evidence.error.duplicate', { line, area: area.code, period: period.code });
      seen.add(key);
      observations.push({ source: table.source, tableId: table.id, downloadedAt: opts.downloadedAt, area: area.code, period: period.code, kind, measure, value });
    }
  });
  return { source: table.source, tableId: table.id, title: table.title, downloadedAt: opts.downloadedAt, observations, skippedOtherAreas: skipped, lines: data.length };
}
