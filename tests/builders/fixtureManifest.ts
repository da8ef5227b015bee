/**
 * What must survive every later format version of a kept fixture (tests/fixtures/v<N>/): the
 * project's identity, the register, and per table the count and visible text of every row. The
 * extraction is the one that wrote `manifest.json` with that version's code; the tests compare
 * what the current code opens against that file, never against the current code's own output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { TABLE_NAMES, type ChangeRecords, type SaveRecord } from '../../src/shared/model/entities.ts';

export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

export interface FixtureManifest {
  project: { documentId: string; title: string; municipality: string; period: string };
  risks: { id: string; code: string; title: string; status: string; priorityAdvice: string | null }[];
  tables: Record<string, { count: number; labels: [string, string][] }>;
  /** Since version 2: every dismissed finding as [riskId, key, by, at, reason], risks in register order. */
  dismissed?: [string, string, string, string, string][];
  /** Since version 3: the project's details and, per risk with any, its IVP fields and advice motivering. */
  details?: {
    project: { municipalityCode: string | null; organisation: string; author: string; version: string; status: string; adviceRule: unknown };
    risks: [string, string, string, string, [string, string, string][]][];
  };
  /** Since version 5: per save [savedBy, has a second parent], the recorded deletions as [id, table] and field changes as [id, field]. */
  lineage?: { saves: [string, boolean][]; deletions: [string, string][]; fieldChanges: [string, string][] };
}

/** The versions with kept fixtures (`tests/fixtures/v1`, `v2`, …), oldest first. */
export function fixtureVersions(): number[] {
  return readdirSync(FIXTURES_DIR)
    .flatMap((n) => (/^v(\d+)$/.exec(n) ? [Number(n.slice(1))] : []))
    .sort((a, b) => a - b);
}

/** The manifests of one version's fixtures, by fixture name. */
export function readManifests(version: number): Record<string, FixtureManifest> {
  return (JSON.parse(readFileSync(join(FIXTURES_DIR, `v${version}`, 'manifest.json'), 'utf8')) as { fixtures: Record<string, FixtureManifest> }).fixtures;
}

const text = (row: Record<string, unknown>) =>
  row['criterion'] !== undefined ? `${String(row['criterion'])}=${String(row['value'])}` : String(row['label'] ?? row['title'] ?? row['name'] ?? row['nodeKey'] ?? '');

/**
 * The manifest of `doc` in the shape of `like` (a stored manifest): the tables it lists (later
 * tables are new, so empty) and the parts its version had; the lineage from `copy`'s save history
 * and recorded deletions.
 */
export function manifestOf(doc: ProjectDoc, like?: FixtureManifest, copy?: { history: readonly SaveRecord[]; records: ChangeRecords }): FixtureManifest {
  const out: FixtureManifest['tables'] = {};
  for (const t of like ? Object.keys(like.tables) : TABLE_NAMES) {
    const rows = Object.values(doc[t as (typeof TABLE_NAMES)[number]]).sort((a, b) => (a.id < b.id ? -1 : 1)) as unknown as Record<string, unknown>[];
    out[t] = { count: rows.length, labels: rows.map((r) => [String(r['id']), text(r)]) };
  }
  const risks = Object.values(doc.risks)
    .sort((a, b) => a.order - b.order)
    .map((r) => ({ id: r.id, code: r.code, title: r.title, status: r.status, priorityAdvice: r.priorityAdvice }));
  const { documentId, title, municipality, period } = doc.project;
  const manifest: FixtureManifest = { project: { documentId, title, municipality, period }, risks, tables: out };
  if (like?.dismissed) {
    manifest.dismissed = Object.values(doc.risks)
      .sort((a, b) => a.order - b.order)
      .flatMap((r) => r.dismissedFindings.map((d): [string, string, string, string, string] => [r.id, d.key, d.by, d.at, d.reason]));
  }
  if (like?.details) manifest.details = detailsOf(doc);
  if (like?.lineage) manifest.lineage = lineageOf(copy?.history ?? [], copy?.records ?? { deletions: [], fieldChanges: [] });
  return manifest;
}

/** The version 3 fields: project details and, per risk that has any, [id, budget, policyRelations, priorityReason, roles]. */
export function detailsOf(doc: ProjectDoc): NonNullable<FixtureManifest['details']> {
  const { municipalityCode, organisation, author, version, status, adviceRule } = doc.project;
  const risks = Object.values(doc.risks)
    .sort((a, b) => a.order - b.order)
    .filter((r) => r.budget || r.policyRelations || r.priorityReason || r.partnerRoles.length > 0)
    .map((r): [string, string, string, string, [string, string, string][]] => [r.id, r.budget, r.policyRelations, r.priorityReason, r.partnerRoles.map((p) => [p.partnerId, p.role, p.note])]);
  return { project: { municipalityCode, organisation, author, version, status, adviceRule }, risks };
}

/** The version 5 bookkeeping of a copy: who saved, which saves were merges, what was deleted, which fields were changed. */
export function lineageOf(history: readonly SaveRecord[], records: ChangeRecords): NonNullable<FixtureManifest['lineage']> {
  return {
    saves: history.map((s): [string, boolean] => [s.savedBy, s.mergeParentId !== null]),
    deletions: records.deletions.map((d): [string, string] => [d.id, d.kind]).sort(),
    fieldChanges: records.fieldChanges.map((f): [string, string] => [f.id, f.field]).sort(),
  };
}
