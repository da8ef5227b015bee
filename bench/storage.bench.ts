/**
 * The storage budgets of DESIGN.md §8 on generated projects: open to a validated model (< 300 ms
 * up to 200 risks, ~15 000 entities; < 1 s at 1 000 risks) and edit → persisted in the working
 * copy (< 3 ms median at every size), each at 50, 200 and 1 000 risks so that growth shows; the
 * atomic save (< 200 ms, file < 3 MB) at 200 risks. Each with a baseline measured in the same
 * run: the bare SQLite work underneath.
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
import { atSizes, measure, type Bench } from './lib.ts';

const APP = '0.0.0-bench';

/** How many risks are fully worked out at each size: the 30 of 200 of DESIGN.md §8, in proportion. */
const workedOutAt = (risks: number) => Math.round(risks * 0.15);

/** A saved project of `risks` risks in a fresh temp folder; `done()` removes everything. */
function fixture(risks = 200) {
  const root = mkdtempSync(join(tmpdir(), 'vlinder-bench-'));
  const storage = createStorage({ dataDir: join(root, 'data'), appVersion: APP });
  const doc = generateProject({ risks, workedOut: workedOutAt(risks), seed: 1 });
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

/** The 95th percentile of some timings. */
function p95(times: readonly number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! * 1000) / 1000;
}

const SIZES = [50, 200, 1000];

export const benches: Bench[] = [
  ...atSizes('open a project to a validated model', SIZES, async (size) => {
    const f = fixture(size);
    try {
      const opened = await measure(() => f.storage.open(f.file), { runs: size >= 1000 ? 7 : 15, after: (wc) => wc.close(true) });
      const baseline = await measure(() => {
        const db = new Database(f.file, { readonly: true });
        for (const t of ALL_TABLES) db.prepare(`SELECT * FROM "${t.sql}"`).raw(true).all();
        db.close();
      }, { runs: 15 });
      return { median_ms: opened.median_ms, baseline_ms: baseline.median_ms, extra: { p95_ms: p95(opened.times), entities: f.entities, baseline: 'raw SELECT * of every table' } };
    } finally {
      f.done();
    }
  }, { unit: 'risks', budget_ms: (size) => (size <= 200 ? 300 : 1000) }),
  ...atSizes('edit → persisted in the working copy (risk, measure, placement)', SIZES, async (size) => {
    const f = fixture(size);
    try {
      // A mix of the edits a facilitator makes: rename a risk, relabel a measure, reorder a
      // placement. The edits are built from rows read once, as the renderer builds them from its
      // own copy of the document: the core's document is not read between edits.
      const start = f.wc.doc();
      const risks = Object.values(start.risks);
      const measures = Object.values(start.measures);
      const placements = Object.values(start.placements);
      let n = 0;
      const edits = await measure(() => {
        const i = n++;
        if (i % 3 === 0) {
          const risk: Risk = { ...risks[i % risks.length]!, title: `Aangepast ${i}` };
          return f.wc.apply([{ op: 'put', table: 'risks', value: risk }]);
        }
        if (i % 3 === 1) {
          const m: Measure = { ...measures[i % measures.length]!, label: `Maatregel ${i}` };
          return f.wc.apply([{ op: 'put', table: 'measures', value: m }]);
        }
        const p: Placement = { ...placements[i % placements.length]!, order: i + 0.5 };
        return f.wc.apply([{ op: 'put', table: 'placements', value: p }]);
      }, { runs: 300, warmup: 15 });
      // The floor: one committed single-row UPDATE in WAL with synchronous=FULL on the same database.
      const db = new Database(join(f.storage.workingDir, `${f.wc.id}.sqlite`));
      db.pragma('synchronous = FULL');
      const update = db.prepare('UPDATE risks SET title = ? WHERE id = (SELECT id FROM risks LIMIT 1)');
      const floor = await measure(() => update.run(`t${n++}`), { runs: 200, warmup: 10 });
      db.close();
      return {
        median_ms: edits.median_ms,
        baseline_ms: floor.median_ms,
        extra: { p95_ms: p95(edits.times), baseline_p95_ms: p95(floor.times), entities: f.entities, baseline: 'bare UPDATE + fsync (WAL, synchronous=FULL)' },
      };
    } finally {
      f.done();
    }
  }, { unit: 'risks', budget_ms: 3 }),
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
