/**
 * Comparing and merging two copies of the 200-risk project (issue budget: diff + merge < 500 ms;
 * the change tracking costs < 10 % of the file). Two real `.vlinder` files parted from one save,
 * each with 100 edits made by the real operations through the working copy (so deletions are
 * recorded as the app records them). Baseline, measured in the same run: one whole-document
 * integrity check (`validateDoc`), a single linear pass over the same document.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStorage } from '../src/main/storage/createStorage.ts';
import { readProjectFile } from '../src/main/storage/projectFiles.ts';
import { compareCopies } from '../src/shared/merge/compare.ts';
import { runMerge } from '../src/shared/merge/runMerge.ts';
import type { ProjectDoc } from '../src/shared/model/doc.ts';
import { stringifyInterchange } from '../src/shared/model/interchange.ts';
import { validateDoc } from '../src/shared/model/integrity.ts';
import { addCause, removeRiskCause } from '../src/shared/model/ops/causes.ts';
import { addMeasure, removePlacement, updateMeasure } from '../src/shared/model/ops/measures.ts';
import { updateProject } from '../src/shared/model/ops/project.ts';
import { updateRisk } from '../src/shared/model/ops/risks.ts';
import { editAndSave } from '../tests/builders/editAndSave.ts';
import { generateProject } from '../tests/builders/generateProject.ts';
import { measure, type Bench } from './lib.ts';

const APP = '0.0.0-bench';
const SAVE = { appVersion: APP, savedBy: 'bench' };
const sorted = <T extends { id: string }>(rows: Record<string, T>): T[] => Object.values(rows).sort((a, b) => (a.id < b.id ? -1 : 1));

/** 100 edits on one side: `offset` picks other rows than the other side's, `conflicts` shares some. */
function hundredEdits(doc: ProjectDoc, side: 'mine' | 'theirs'): void {
  const risks = sorted(doc.risks);
  const measures = sorted(doc.measures);
  const lines = sorted(doc.riskCauses);
  const placements = sorted(doc.placements);
  const o = side === 'mine' ? 0 : 1;
  // 40 risk edits (title on one side, description on the other, on neighbouring risks); 20
  // measure edits; 15 causes added; 15 measures added; 5 cause lines and 5 placements removed.
  for (let i = 0; i < 40; i++) updateRisk(doc, risks[i * 2 + o]!.id, side === 'mine' ? { title: `${risks[i * 2 + o]!.title} (herzien)` } : { description: `Bijgewerkt in de werksessie ${i}` });
  for (let i = 0; i < 15; i++) updateMeasure(doc, measures[i * 2 + o]!.id, { effectiveness: 'good' });
  // 5 true conflicts: the same field of the same measures, each side its own value.
  for (let i = 0; i < 5; i++) updateMeasure(doc, measures[100 + i]!.id, { description: `Afspraak uit de werksessie (${side})` });
  for (let i = 0; i < 15; i++) addCause(doc, lines[(i * 7 + o) % lines.length]!.riskId, { label: `Nieuwe oorzaak ${side} ${i}` });
  for (let i = 0; i < 15; i++) addMeasure(doc, { pathKind: 'cause', pathId: lines[(i * 5 + o) % lines.length]!.id, label: `Nieuwe maatregel ${side} ${i}` });
  for (let i = 0; i < 5; i++) removeRiskCause(doc, lines[lines.length - 1 - i * 2 - o]!.id);
  const gone = new Set(Object.keys(doc.placements));
  for (const p of placements.filter((p) => gone.has(p.id)).slice(100 + o * 10, 105 + o * 10)) if (doc.placements[p.id]) removePlacement(doc, p.id, { keepMeasure: true });
}

function copies() {
  const root = mkdtempSync(join(tmpdir(), 'vlinder-bench-merge-'));
  const storage = createStorage({ dataDir: join(root, 'data'), appVersion: APP });
  const base = join(root, 'base.vlinder');
  const wc = storage.create(generateProject({ risks: 200, workedOut: 30, seed: 1 }));
  wc.save(base, { force: false, appVersion: APP, savedBy: 'bench' });
  wc.close(true);
  const mine = join(root, 'mine.vlinder');
  const theirs = join(root, 'theirs.vlinder');
  editAndSave(storage, base, mine, (d) => {
    hundredEdits(d, 'mine');
    updateProject(d, { description: 'Bijgewerkt na de tweede werksessie.' });
  }, SAVE);
  editAndSave(storage, base, theirs, (d) => hundredEdits(d, 'theirs'), SAVE);
  storage.closeAll();
  return { root, mine, theirs, done: () => rmSync(root, { recursive: true, force: true }) };
}

/** The bytes of a vacuumed copy of `path` after `sql` ran on it. */
function bytesAfter(path: string, root: string, sql: string): number {
  const copy = join(root, 'stripped.vlinder');
  rmSync(copy, { force: true });
  const db = new Database(path, { readonly: true });
  db.exec(`VACUUM INTO '${copy.replaceAll("'", "''")}'`);
  db.close();
  const w = new Database(copy);
  w.exec(`${sql}; VACUUM`);
  w.close();
  return statSync(copy).size;
}

/** What version 5 added for merging, dropped: the change records, when they start, who saved and merge parents. */
const WITHOUT_V5_TRACKING = 'DROP TABLE deletions; DROP TABLE field_changes; ALTER TABLE project DROP COLUMN tracked_since; ALTER TABLE save_history DROP COLUMN saved_by; ALTER TABLE save_history DROP COLUMN merge_parent_id';

/** Also without the rows' own change stamps (`updated_at`, kept since version 1), which the comparison reads. */
function withoutRowStamps(path: string): string {
  const db = new Database(path, { readonly: true });
  const tables = (db.prepare("SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'updated_at')").all() as { name: string }[]).map((r) => r.name);
  db.close();
  return [WITHOUT_V5_TRACKING, ...tables.map((t) => `UPDATE "${t}" SET updated_at = ''`)].join('; ');
}

export const benches: Bench[] = [
  {
    name: 'compare + merge two copies (200 risks, 100 edits each)',
    budget_ms: 500,
    async run() {
      const c = copies();
      try {
        const mine = readProjectFile(c.mine);
        const theirs = readProjectFile(c.theirs);
        let outcome = runMerge(mine, theirs, { take: 'mine', at: new Date().toISOString() });
        const first = compareCopies(mine, theirs);
        const work = await measure(() => {
          const comparison = compareCopies(mine, theirs);
          outcome = runMerge(mine, theirs, { take: 'mine', at: new Date().toISOString() });
          return comparison;
        }, { runs: 15 });
        const compareOnly = await measure(() => compareCopies(mine, theirs), { runs: 15 });
        const diffCli = await measure(() => compareCopies(readProjectFile(c.mine), readProjectFile(c.theirs)), { runs: 10 });
        const baseline = await measure(() => validateDoc(mine.doc), { runs: 15 });
        const bytes = statSync(c.mine).size;
        const untracked = bytesAfter(c.mine, c.root, WITHOUT_V5_TRACKING);
        const unstamped = bytesAfter(c.mine, c.root, withoutRowStamps(c.mine));
        const snapshot = Buffer.byteLength(stringifyInterchange(mine.doc));
        return {
          median_ms: work.median_ms,
          baseline_ms: baseline.median_ms,
          extra: {
            compare_ms: Math.round(compareOnly.median_ms * 10) / 10,
            read_both_and_compare_ms: Math.round(diffCli.median_ms * 10) / 10,
            differences: first.diffs.length,
            conflicts: first.conflicts.length,
            taken_mine: outcome.taken.mine,
            taken_theirs: outcome.taken.theirs,
            recorded_deletions: mine.records.deletions.length,
            recorded_field_changes: mine.records.fieldChanges.length,
            file_bytes: bytes,
            v5_tracking_bytes: bytes - untracked,
            v5_tracking_share_pct: Math.round(((bytes - untracked) / untracked) * 1000) / 10,
            with_row_stamps_share_pct: Math.round(((bytes - unstamped) / unstamped) * 1000) / 10,
            base_snapshot_alternative_pct: Math.round((snapshot / untracked) * 1000) / 10,
          },
        };
      } finally {
        c.done();
      }
    },
  },
];
