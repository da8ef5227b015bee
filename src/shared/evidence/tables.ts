/**
 * The StatLine tables Vlinder knows, by id: what they count, who publishes them and the
 * dimension columns a file of that table must have. A file names its table in its file name
 * (`47022NED_TypedDataSet.csv`) or the user says which it is; when the columns do not fit, the
 * file is another table and is refused.
 */
import type { EvidenceSource } from './types.ts';

export interface KnownTable {
  id: string;
  title: string;
  source: EvidenceSource;
  /** Dimension columns (names without suffix) the file must have. */
  dimensions: readonly string[];
  /** The dimension holding the kind of what is counted, if any. */
  kindColumn: string | null;
}

export const KNOWN_TABLES: readonly KnownTable[] = [
  { id: '47022NED', title: 'Geregistreerde misdrijven; soort misdrijf, wijk en buurt, per maand (politie)', source: 'politie', dimensions: ['SoortMisdrijf', 'WijkenEnBuurten', 'Perioden'], kindColumn: 'SoortMisdrijf' },
  { id: '47018NED', title: 'Geregistreerde misdrijven; soort misdrijf, wijk en buurt, per jaar (politie)', source: 'politie', dimensions: ['SoortMisdrijf', 'WijkenEnBuurten', 'Perioden'], kindColumn: 'SoortMisdrijf' },
  { id: '47024NED', title: 'Geregistreerde overlast; wijk en buurt (politie)', source: 'politie', dimensions: ['SoortOverlast', 'WijkenEnBuurten', 'Perioden'], kindColumn: 'SoortOverlast' },
  { id: '83648NED', title: 'Geregistreerde criminaliteit; soort misdrijf, gemeente (CBS)', source: 'cbs', dimensions: ['SoortMisdrijf', 'RegioS', 'Perioden'], kindColumn: 'SoortMisdrijf' },
];

/** The table id in a file name ("47022NED_TypedDataSet.csv" → "47022NED"), or null. */
export function tableIdFromName(fileName: string): string | null {
  const m = /(\d{5}(?:NED|ENG))/i.exec(fileName);
  return m ? m[1]!.toUpperCase() : null;
}

export function knownTable(id: string): KnownTable | undefined {
  return KNOWN_TABLES.find((t) => t.id === id.toUpperCase());
}

/** The known table whose dimensions all appear among `columns` (first match), or undefined. */
export function tableForColumns(columns: readonly string[]): KnownTable | undefined {
  const have = new Set(columns.map((c) => c.toLowerCase()));
  return KNOWN_TABLES.find((t) => t.dimensions.every((d) => have.has(d.toLowerCase())));
}
