/**
 * The storage budgets of DESIGN.md §8 on a generated 200-risk project (~15 000 entities):
 * open to a validated model (< 300 ms), atomic save (< 200 ms, file < 3 MB) and
 * edit → persisted in the working copy (< 10 ms median). Each with a baseline measured in the
 * same run: the bare SQLite work underneath.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { countEntities } from '../src/shared/model/doc.ts';
import type { Measure, Placement, Risk } from '../src/shared/model/entities.ts';
import { ALL_TABLES } from '../src/main/storage/columns.ts';
import { createStorage } from '../src/main/storage/createStorage.ts';
import { generateProject } from '../tests/builders/generateProject.ts';
import { measure, type Bench } from './lib.ts';

const APP = '0.0.0-bench';

/** A saved 200-risk project in a fresh temp folder; `done()` removes everything. */
function fixture() {
  const root = mkdtempSync(join(tmpdir(), 'vlinder-bench-'));
  const storage = createStorage({ dataDir: join(root, 'data'), appVersion: APP });
  const doc = generateProject({ risks: 200, workedOut: 30, seed: 1 });
  const file = join(root, 'profiel.vlinder');
  const wc = storage.create(doc);
  const bytes = wc.save(file, { force: false, appVersion: APP }).bytes;
  const entities = Object.values(countEntities(doc)).reduce((a, b) => a + b, 0);
  return {
    root, storage, file, wc, bytes, entities,
    done() {
      storage.closeAll();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const benches: Bench[] = [
  {
    name: 'open a 200-risk project to a validated model',
    budget_ms: 300,
    async run() {
      const f = fixture();
      try {
        const opened = await measure(() => f.storage.open(f.file), { runs: 15, after: (wc) => wc.close(true) });
        const baseline = await measure(() => {
          const db = new Database(f.file, { readonly: true });
          for (const t of ALL_TABLES) db.prepare(`SELECT * FROM "${t.sql}"`).raw(true).all();
          db.close();
        }, { runs: 15 });
        return { median_ms: opened.median_ms, baseline_ms: baseline.median_ms, extra: { entities: f.entities, baseline: 'raw SELECT * of every table' } };
      } finally {
        f.done();
      }
    },
  },
  {
    name: 'atomic save of a 200-risk project',
    budget_ms: 200,
    async run() {
      const f = fixture();
      try {
        let n = 0;
        // Each save follows an edit (untimed, in `after`), as in real use.
        const edit = () => f.wc.apply([{ op: 'project', value: { ...f.wc.doc().project, title: `Versie ${++n}` } }]);
        edit();
        const saved = await measure(() => f.wc.save(f.file, { force: false, appVersion: APP }), { runs: 15, after: edit });
        const db = new Database(join(f.storage.workingDir, `${f.wc.id}.sqlite`), { readonly: true });
        const vacuum = await measure(() => {
          const out = join(f.root, `vacuum-${Math.random().toString(36).slice(2)}.db`);
          db.prepare('VACUUM INTO ?').run(out);
          rmSync(out);
        }, { runs: 15 });
        db.close();
        return {
          median_ms: saved.median_ms,
          baseline_ms: vacuum.median_ms,
          extra: { file_bytes: f.bytes, file_mb: Math.round((f.bytes / 1024 / 1024) * 100) / 100, file_budget_mb: 3, baseline: 'bare VACUUM INTO, no fsync/rename/hash' },
        };
      } finally {
        f.done();
      }
    },
  },
  {
    name: 'edit → persisted in the working copy (risk, measure, placement)',
    budget_ms: 10,
    async run() {
      const f = fixture();
      try {
        // A mix of the edits a facilitator makes: rename a risk, relabel a measure, reorder a placement.
        const risks = Object.values(f.wc.doc().risks);
        const measures = Object.values(f.wc.doc().measures);
        const placements = Object.values(f.wc.doc().placements);
        let n = 0;
        const edits = await measure(() => {
          const i = n++;
          const d = f.wc.doc();
          if (i % 3 === 0) {
            const risk: Risk = { ...d.risks[risks[i % risks.length]!.id]!, title: `Aangepast ${i}` };
            return f.wc.apply([{ op: 'put', table: 'risks', value: risk }]);
          }
          if (i % 3 === 1) {
            const m: Measure = { ...d.measures[measures[i % measures.length]!.id]!, label: `Maatregel ${i}` };
            return f.wc.apply([{ op: 'put', table: 'measures', value: m }]);
          }
          const p: Placement = { ...d.placements[placements[i % placements.length]!.id]!, order: i + 0.5 };
          return f.wc.apply([{ op: 'put', table: 'placements', value: p }]);
        }, { runs: 300, warmup: 15 });
        // The floor: one committed single-row UPDATE in WAL with synchronous=FULL on the same database.
        const db = new Database(join(f.storage.workingDir, `${f.wc.id}.sqlite`));
        db.pragma('synchronous = FULL');
        const update = db.prepare('UPDATE risks SET title = ? WHERE id = (SELECT id FROM risks LIMIT 1)');
        const floor = await measure(() => update.run(`t${n++}`), { runs: 200, warmup: 10 });
        db.close();
        return { median_ms: edits.median_ms, baseline_ms: floor.median_ms, extra: { baseline: 'bare UPDATE + fsync (WAL, synchronous=FULL)' } };
      } finally {
        f.done();
      }
    },
  },
  {
    // Each U+FFFD is re-read as bytes to tell a genuine one from invalid UTF-8; that must stay one
    // extra scan per table (it was one query per value: 42 s for 100 000 causes).
    name: 'open a 200-risk project whose every text holds U+FFFD',
    async run() {
      const root = mkdtempSync(join(tmpdir(), 'vlinder-bench-fffd-'));
      try {
        const storage = createStorage({ dataDir: join(root, 'data'), appVersion: APP });
        const plain = generateProject({ risks: 200, workedOut: 30, seed: 1 });
        const marked = structuredClone(plain);
        for (const name of ['causes', 'consequences', 'measures', 'risks'] as const) {
          for (const row of Object.values(marked[name]) as { label?: string; title?: string }[]) {
            if (row.label !== undefined) row.label = `${row.label} \uFFFD`;
            if (row.title !== undefined) row.title = `${row.title} \uFFFD`;
          }
        }
        const files = { plain: join(root, 'gewoon.vlinder'), marked: join(root, 'fffd.vlinder') };
        for (const [doc, path] of [[plain, files.plain], [marked, files.marked]] as const) {
          const wc = storage.create(doc);
          wc.save(path, { force: false, appVersion: APP });
          wc.close(true);
        }
        const withMarks = await measure(() => storage.open(files.marked), { runs: 10, after: (wc) => wc.close(true) });
        const without = await measure(() => storage.open(files.plain), { runs: 10, after: (wc) => wc.close(true) });
        const texts = Object.keys(marked.causes).length + Object.keys(marked.consequences).length + Object.keys(marked.measures).length + Object.keys(marked.risks).length;
        return { median_ms: withMarks.median_ms, baseline_ms: without.median_ms, extra: { texts_with_fffd: texts, baseline: 'the same project without U+FFFD' } };
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  },
];

export default benches;
