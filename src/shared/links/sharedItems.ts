/**
 * The "koppelkansen": causes and measures that appear in two or more bow-ties. One approach to
 * such an item pays off in every risk it appears in — this is where social care and safety meet.
 * Used by the links view and by chapter 6 of the IVRP report, so both list the same items.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Cause, Measure } from '../model/entities.ts';
import { sideOfPlacement, type DocIndex } from '../model/query.ts';

/** A cause concept used in two or more risks. */
export interface SharedCause {
  cause: Cause;
  /** Risk ids in register order. */
  riskIds: string[];
}

/**
 * Where a measure sits: preventive (left, on cause paths), limiting (right, on consequence
 * paths) or both; a measure against an escalation factor counts for the side of the measure the
 * factor weakens.
 */
export type MeasureSide = 'left' | 'right' | 'both';

/** A measure placed in two or more risks. */
export interface SharedMeasure {
  measure: Measure;
  /** Risk ids in register order. */
  riskIds: string[];
  side: MeasureSide | null;
}

export interface SharedItems {
  causes: SharedCause[];
  measures: SharedMeasure[];
}

/** Most-shared first, then alphabetical in `locale`, so the list reads the same every time. */
function byReach<T extends { riskIds: string[] }>(rows: T[], label: (row: T) => string, locale: string): T[] {
  return rows.filter((r) => r.riskIds.length > 1).sort((a, b) => b.riskIds.length - a.riskIds.length || label(a).localeCompare(label(b), locale));
}

function sideOf(doc: ProjectDoc, ix: DocIndex, measureId: string): MeasureSide | null {
  const sides = new Set<'left' | 'right'>();
  for (const p of ix.placementsByMeasure.get(measureId) ?? []) {
    const side = sideOfPlacement(doc, p.id);
    if (side) sides.add(side);
  }
  if (sides.size === 2) return 'both';
  return sides.has('left') ? 'left' : sides.has('right') ? 'right' : null;
}

/** The shared causes and shared measures of a document, most-shared first. */
export function sharedItems(doc: ProjectDoc, ix: DocIndex, locale = 'nl'): SharedItems {
  const causes = byReach(
    Object.values(doc.causes).map((cause) => ({ cause, riskIds: ix.risksByCause.get(cause.id) ?? [] })),
    (r) => r.cause.label,
    locale,
  );
  const measures = byReach(
    Object.values(doc.measures).map((measure) => ({ measure, riskIds: ix.risksByMeasure.get(measure.id) ?? [], side: null as MeasureSide | null })),
    (r) => r.measure.label,
    locale,
  );
  for (const m of measures) m.side = sideOf(doc, ix, m.measure.id);
  return { causes, measures };
}
