/**
 * Evidence figures as the app and the report show them: per risk (the kinds mapped to it) and
 * per area, one series per area × kind × measure × table, in time order, with the publisher's
 * caveat on small numbers at buurt level.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { rowsOf } from '../model/ops/read.ts';
import { areaKindOfCode, municipalityOfCode } from './areaCodes.ts';
import { crimeKindName } from './crimeKinds.ts';
import type { EvidenceMapping } from './mapping.ts';
import { kwbIndicatorName } from './parseKwb.ts';
import { comparePeriods } from './periods.ts';
import type { EvidenceObservation, EvidenceSource } from './types.ts';

/** Below this count a buurt figure is too small to draw conclusions from (publishers warn likewise). */
export const SMALL_COUNT = 10;

export interface FigureSeries {
  area: string;
  /** The project's name for the area (matched by CBS code), or null. */
  areaName: string | null;
  kind: string;
  kindName: string;
  measure: string;
  source: EvidenceSource;
  tableId: string;
  downloadedAt: string;
  points: { period: string; value: number | null }[];
  /** A buurt series with a count under SMALL_COUNT or a suppressed value. */
  smallCounts: boolean;
}

const RANK = { GM: 0, WK: 1, BU: 2 } as Record<string, number>;

/** The name of a counted kind: a crime kind, a Kerncijfers indicator, or the code. */
export function kindName(kind: string): string {
  return kwbIndicatorName(kind) ?? crimeKindName(kind);
}

/** Groups observations into series, gemeente first, then wijken, then buurten (by code). */
export function seriesOf(doc: ProjectDoc, observations: readonly EvidenceObservation[]): FigureSeries[] {
  const names = new Map(rowsOf(doc.areas).flatMap((a) => (a.cbsCode ? [[a.cbsCode, a.name] as const] : [])));
  const groups = new Map<string, FigureSeries>();
  for (const o of observations) {
    const key = `${o.tableId}|${o.area}|${o.kind}|${o.measure}`;
    let s = groups.get(key);
    if (!s) {
      s = { area: o.area, areaName: names.get(o.area) ?? null, kind: o.kind, kindName: kindName(o.kind), measure: o.measure, source: o.source, tableId: o.tableId, downloadedAt: o.downloadedAt, points: [], smallCounts: false };
      groups.set(key, s);
    }
    s.points.push({ period: o.period, value: o.value });
  }
  const out = [...groups.values()];
  for (const s of out) {
    s.points.sort((a, b) => comparePeriods(a.period, b.period));
    s.smallCounts = areaKindOfCode(s.area) === 'neighbourhood' && s.measure !== 'Kerncijfers' && s.points.some((p) => p.value === null || p.value < SMALL_COUNT);
  }
  return out.sort((a, b) => (RANK[a.area.slice(0, 2)] ?? 3) - (RANK[b.area.slice(0, 2)] ?? 3) || a.area.localeCompare(b.area) || a.kind.localeCompare(b.kind) || a.measure.localeCompare(b.measure));
}

/**
 * The series of the kinds mapped to `riskId`. When the risk names areas with a CBS code, only
 * those areas (and the gemeente) are shown; otherwise every area in the data.
 */
export function figuresForRisk(doc: ProjectDoc, observations: readonly EvidenceObservation[], mapping: EvidenceMapping, riskId: string): FigureSeries[] {
  const risk = doc.risks[riskId];
  if (!risk) return [];
  const codes = new Set(risk.areaIds.flatMap((id) => (doc.areas[id]?.cbsCode ? [doc.areas[id]!.cbsCode!] : [])));
  const mine = observations.filter((o) => mapping[o.kind] === riskId && (codes.size === 0 || codes.has(o.area) || o.area.startsWith('GM')));
  return seriesOf(doc, mine);
}

/** Every series about one area (crime kinds and Kerncijfers alike). */
export function figuresForArea(doc: ProjectDoc, observations: readonly EvidenceObservation[], area: string): FigureSeries[] {
  return seriesOf(doc, observations.filter((o) => o.area === area));
}

/** The areas in the data, in the order seriesOf uses. */
export function areasOf(observations: readonly EvidenceObservation[]): string[] {
  return [...new Set(observations.map((o) => o.area))].sort((a, b) => (RANK[a.slice(0, 2)] ?? 3) - (RANK[b.slice(0, 2)] ?? 3) || a.localeCompare(b));
}

/**
 * The observations about the project's own municipality: when its areas carry CBS codes, a file
 * of the whole country (or a region) is narrowed to the gemeenten those codes belong to;
 * without codes, everything is kept.
 */
export function inProjectScope(doc: ProjectDoc, observations: readonly EvidenceObservation[]): readonly EvidenceObservation[] {
  const own = new Set(rowsOf(doc.areas).flatMap((a) => (a.cbsCode ? [municipalityOfCode(a.cbsCode)] : [])));
  return own.size === 0 ? observations : observations.filter((o) => own.has(municipalityOfCode(o.area)));
}
