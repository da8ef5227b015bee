/**
 * The two sides of a bow-tie share one implementation: a cause or consequence *concept* appears in
 * a risk through a *line* (riskCause / riskConsequence). `causes.ts` and `consequences.ts` are the
 * typed front doors; this file holds the logic once.
 */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import type { RiskCause, RiskConsequence } from '../entities.ts';
import { cascade } from './cascade.ts';
import { checkIndex, need } from './guard.ts';
import { placeAt, siblings } from './order.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { peek, some } from './read.ts';

export type Side = 'cause' | 'consequence';
type Line = RiskCause | RiskConsequence;
type LineTable = Record<string, Line>;

const SIDE = {
  cause: { lines: 'riskCauses', concepts: 'causes', key: 'causeId' },
  consequence: { lines: 'riskConsequences', concepts: 'consequences', key: 'consequenceId' },
} as const;

const idCheck = c.id();

function linesOf(doc: ProjectDoc, side: Side): LineTable {
  return doc[SIDE[side].lines] as LineTable;
}

function conceptIdOf(line: Line): string {
  return 'causeId' in line ? line.causeId : line.consequenceId;
}

/** The lines of one risk on one side, in order. */
export function linesOfRisk(doc: ProjectDoc, side: Side, riskId: string): Line[] {
  return siblings(linesOf(doc, side), (l) => l.riskId === riskId);
}

/**
 * Adds a line for an existing concept to a risk at `index` (default: last). A concept appears at
 * most once per risk.
 */
export function addLine(doc: ProjectDoc, side: Side, riskId: unknown, conceptId: unknown, index: unknown, at = now()): string {
  const { concepts, key } = SIDE[side];
  need(doc, 'risks', riskId, 'riskId');
  need(doc, concepts, conceptId, key);
  const i = checkIndex(index);
  const others = linesOfRisk(doc, side, riskId as string);
  if (others.some((l) => conceptIdOf(l) === conceptId)) throw new CheckError(key, because('check.alreadyInRisk'));
  const id = freshId();
  const line = { id, createdAt: at, updatedAt: at, riskId: riskId as string, [key]: conceptId as string, order: -1 } as unknown as Line;
  linesOf(doc, side)[id] = line;
  placeAt(others, linesOf(doc, side)[id]!, i, at);
  touchProject(doc, at);
  return id;
}

/** Removes a line, the measures on its path, and the concept if no other risk uses it. */
export function removeLine(doc: ProjectDoc, side: Side, lineId: unknown): void {
  need(doc, SIDE[side].lines, lineId, 'id');
  const at = now();
  cascade(doc, { lines: [lineId as string] }, at);
  touchProject(doc, at);
}

/**
 * Moves a cause or consequence line to `index` among the lines of its risk (either side; the
 * table is found from the id).
 */
export function moveLine(doc: ProjectDoc, lineId: unknown, index: unknown): void {
  const id = idCheck(lineId, 'id');
  const side: Side | null = doc.riskCauses[id] ? 'cause' : doc.riskConsequences[id] ? 'consequence' : null;
  if (!side) throw new CheckError('id', because('check.unknownLine'));
  const i = checkIndex(index) ?? Number.MAX_SAFE_INTEGER;
  const line = linesOf(doc, side)[id]!;
  const at = now();
  if (placeAt(linesOfRisk(doc, side, line.riskId), line, i, at)) touchProject(doc, at);
}

/**
 * Gives one line its own copy of a shared concept ("ontkoppelen"), so that editing it no longer
 * changes the other risks. Returns the new concept id (or the old one if it was not shared).
 */
export function detachLine(doc: ProjectDoc, side: Side, lineId: unknown): string {
  const { lines, concepts, key } = SIDE[side];
  const line = need(doc, lines, lineId, 'id') as Line;
  const conceptId = conceptIdOf(line);
  const shared = some(linesOf(doc, side), (l) => l.id !== line.id && conceptIdOf(l) === conceptId);
  if (!shared) return conceptId;
  const at = now();
  const table = doc[concepts] as Record<string, { id: string; createdAt: string; updatedAt: string }>;
  const id = freshId();
  table[id] = { ...peek(table, conceptId)!, id, createdAt: at, updatedAt: at };
  (line as unknown as Record<string, string>)[key] = id;
  line.updatedAt = at;
  touchProject(doc, at);
  return id;
}
