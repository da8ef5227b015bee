/**
 * Open-data evidence (shared/domain/evidence-sources.md): figures from CBS StatLine, the police
 * open data and the CBS "Kerncijfers wijken en buurten", as flat observations — one value of one
 * kind (a crime kind, an indicator) for one area and one period, with where it came from.
 */

export type EvidenceSource = 'politie' | 'cbs';

export interface EvidenceObservation {
  source: EvidenceSource;
  /** StatLine table id, e.g. "47022NED", or "kwb-2024" for the Kerncijfers workbook. */
  tableId: string;
  /** Day the file was downloaded (yyyy-mm-dd), as the user states it or the file date. */
  downloadedAt: string;
  /** CBS area code, trimmed: GMxxxx, WKxxxxxx or BUxxxxxxxx. */
  area: string;
  /** StatLine period code: 2024JJ00 (year), 2024KW01 (quarter), 2024MM03 (month). */
  period: string;
  /** What is counted: a crime kind code ("1.1.1") or an indicator ("a_inw"). */
  kind: string;
  /** The measure column without its numbered suffix, e.g. "GeregistreerdeMisdrijven". */
  measure: string;
  /** null when the publisher suppressed the value (shown as "."). */
  value: number | null;
}

/** The result of reading one file: everything, or an EvidenceError — never part of it. */
export interface EvidenceImport {
  source: EvidenceSource;
  tableId: string;
  /** Title of the table as we know it (Dutch), or the table id. */
  title: string;
  downloadedAt: string;
  observations: EvidenceObservation[];
  /** Rows about areas above the municipality (Nederland, provinces, regions), left out. */
  skippedOtherAreas: number;
  /** Data lines read (excluding the header). */
  lines: number;
}

/** Evidence as a report or a view uses it: the files read and which risk each kind counts towards (kind → risk id, or null). */
export interface EvidenceSet {
  imports: readonly Pick<EvidenceImport, 'source' | 'tableId' | 'title' | 'downloadedAt' | 'observations'>[];
  mapping: Readonly<Record<string, string | null>>;
}
