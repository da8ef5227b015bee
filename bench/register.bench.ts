/**
 * The register's work on realistic sizes (no budget in DESIGN.md §8; reported for information):
 * building, filtering and sorting the register rows of a 200-risk project; planning and applying
 * the import of a 1000-row long list (baseline: only parsing the CSV); writing the register of
 * 200 risks as .xlsx (baseline: as .csv). Run with `npm run bench -- register`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerCsv } from '../src/main/export/registerCsv.ts';
import { registerXlsx } from '../src/main/export/registerXlsx.ts';
import { newProjectDoc } from '../src/shared/model/newProject.ts';
import { applyImport } from '../src/shared/register/applyImport.ts';
import { detectMapping } from '../src/shared/register/columns.ts';
import { parseCsv } from '../src/shared/register/csvParse.ts';
import { filterRows, NO_FILTER, sortRows } from '../src/shared/register/filterRows.ts';
import { planImport } from '../src/shared/register/planImport.ts';
import { registerRows } from '../src/shared/register/registerRows.ts';
import { toSheetTable } from '../src/shared/register/sheetTable.ts';
import { generateProject } from '../tests/builders/generateProject.ts';
import { measure, type Bench } from './lib.ts';

/** The 40-row fixture repeated to `rows` rows, with unique codes. */
function longList(rows: number): string {
  const lines = readFileSync(join(import.meta.dirname, '../tests/fixtures/register/longlist-40.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  const header = lines[1]!;
  const body = lines.slice(2);
  const out = [header];
  for (let i = 0; i < rows; i++) out.push(body[i % body.length]!.replace(/^R\d+/, `R${String(i + 1).padStart(4, '0')}`));
  return out.join('\r\n');
}

export const benches: Bench[] = [
  {
    name: 'register: rows, filter and sort of a 200-risk project',
    async run() {
      const doc = generateProject({ risks: 200, workedOut: 30, seed: 11 });
      const r = await measure(() => sortRows(filterRows(registerRows(doc), { ...NO_FILTER, text: 'a' }), 'score', 'desc'), { runs: 30 });
      return { median_ms: r.median_ms, extra: { risks: 200, scores: Object.keys(doc.scores).length } };
    },
  },
  {
    name: 'register: import of a 1000-row list (plan + apply)',
    async run() {
      const csv = longList(1000);
      const base = await measure(() => parseCsv(csv), { runs: 15 });
      const r = await measure(
        () => {
          const doc = newProjectDoc({ title: 'Bench' });
          const table = toSheetTable(parseCsv(csv), doc.project.scales);
          const plan = planImport(doc, table, detectMapping(table.headers, doc.project.scales));
          return applyImport(doc, plan);
        },
        { runs: 15 },
      );
      return { median_ms: r.median_ms, baseline_ms: base.median_ms, extra: { rows: 1000 } };
    },
  },
  {
    name: 'register: export of 200 risks to .xlsx (baseline .csv)',
    async run() {
      const doc = generateProject({ risks: 200, workedOut: 30, seed: 11 });
      const base = await measure(() => registerCsv(doc), { runs: 15 });
      let bytes = 0;
      const r = await measure(() => registerXlsx(doc), { runs: 15, after: (b) => (bytes = b.byteLength) });
      return { median_ms: r.median_ms, baseline_ms: base.median_ms, extra: { xlsx_bytes: bytes } };
    },
  },
];
