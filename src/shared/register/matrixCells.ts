/**
 * The risk matrix as data for the interactive view: one cell per likelihood × impact class with
 * its band and its risks (in register order), plus the risks not scored yet. Uses the same scores
 * and bands as the matrix image (src/shared/model/riskScore.ts), so screen and report agree.
 */
import { allRiskScores, bandFor } from '../model/riskScore.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Risk } from '../model/entities.ts';
import type { Band, ScaleClass } from '../model/scalesSchema.ts';
import { risksInOrder } from '../model/query.ts';

export interface MatrixCell {
  likelihood: ScaleClass;
  impact: ScaleClass;
  score: number;
  band: Band | null;
  risks: Risk[];
}

export interface MatrixModel {
  /** Likelihood classes top to bottom (highest first). */
  rows: ScaleClass[];
  /** Impact classes left to right (lowest first). */
  columns: ScaleClass[];
  /** cells[row][column] */
  cells: MatrixCell[][];
  unscored: Risk[];
}

/** The matrix of `doc`, optionally only for the risks `include` accepts (a register filter). */
export function matrixCells(doc: ProjectDoc, include: (risk: Risk) => boolean = () => true): MatrixModel {
  const scales = doc.project.scales;
  const rows = [...scales.likelihood].sort((a, b) => b.value - a.value);
  const columns = [...scales.impact].sort((a, b) => a.value - b.value);
  const index = new Map<string, MatrixCell>();
  const cells = rows.map((l) =>
    columns.map((i) => {
      const score = l.value * i.value;
      const cell: MatrixCell = { likelihood: l, impact: i, score, band: bandFor(score, scales), risks: [] };
      index.set(`${l.value}:${i.value}`, cell);
      return cell;
    }),
  );
  const scores = allRiskScores(doc);
  const unscored: Risk[] = [];
  for (const risk of risksInOrder(doc)) {
    if (!include(risk)) continue;
    const s = scores.get(risk.id);
    const cell = s ? index.get(`${s.likelihood}:${s.impact}`) : undefined;
    if (cell) cell.risks.push(risk);
    else unscored.push(risk);
  }
  return { rows, columns, cells, unscored };
}

/** The class one step up or down a scale from `value` (clamped to the ends). */
export function stepClass(classes: readonly ScaleClass[], value: number | null, step: number): number {
  const sorted = [...classes].sort((a, b) => a.value - b.value);
  const i = value === null ? (step > 0 ? -1 : sorted.length) : sorted.findIndex((c) => c.value === value);
  const next = Math.max(0, Math.min(sorted.length - 1, i + step));
  return sorted[next]!.value;
}
