/**
 * Runs every `bench/*.bench.ts` (or those whose file or bench name contains one of the
 * arguments), prints a table and writes `bench/results.json`:
 * `[{ name, median_ms, baseline_ms?, ratio?, budget_ms?, extra? }]`.
 * `npm run bench [-- filter…] [-- --strict]`; with --strict, a bench over budget fails the run.
 * A filtered run replaces only its own entries in results.json.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Bench, BenchResult } from './lib.ts';

interface Row {
  name: string;
  median_ms: number;
  baseline_ms?: number;
  ratio?: number;
  budget_ms?: number;
  extra?: BenchResult['extra'];
  error?: string;
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const filters = args.filter((a) => !a.startsWith('--'));
const round = (n: number) => Math.round(n * 1000) / 1000;

const rows: Row[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { benches?: Bench[]; default?: Bench[] };
  for (const bench of mod.benches ?? mod.default ?? []) {
    if (filters.length > 0 && !filters.some((f) => file.includes(f) || bench.name.includes(f))) continue;
    process.stderr.write(`… ${bench.name}\n`);
    try {
      const r = await bench.run();
      const row: Row = { name: bench.name, median_ms: round(r.median_ms) };
      if (r.baseline_ms !== undefined) {
        row.baseline_ms = round(r.baseline_ms);
        row.ratio = round(r.median_ms / r.baseline_ms);
      }
      const budget = r.budget_ms ?? bench.budget_ms;
      if (budget !== undefined) row.budget_ms = budget;
      if (r.extra) row.extra = r.extra;
      rows.push(row);
    } catch (err) {
      rows.push({ name: bench.name, median_ms: Number.NaN, error: err instanceof Error ? err.message : String(err) });
    }
  }
}

// A filtered run updates its own entries and keeps the others from earlier runs.
const resultsPath = join(dir, 'results.json');
let previous: Row[] = [];
if (filters.length > 0 && existsSync(resultsPath)) {
  try {
    previous = (JSON.parse(readFileSync(resultsPath, 'utf8')) as Row[]).filter((p) => !rows.some((r) => r.name === p.name));
  } catch {
    previous = [];
  }
}
writeFileSync(resultsPath, `${JSON.stringify([...previous, ...rows], null, 2)}\n`);

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toFixed(2));
const table = [
  ['bench', 'median ms', 'baseline ms', 'ratio', 'budget ms', ''],
  ...rows.map((r) => [
    r.name,
    r.error ? 'FOUT' : fmt(r.median_ms),
    fmt(r.baseline_ms),
    fmt(r.ratio),
    r.budget_ms === undefined ? '' : String(r.budget_ms),
    r.error ?? (r.budget_ms === undefined ? '' : r.median_ms < r.budget_ms ? 'ok' : 'OVER BUDGET'),
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table) console.log(row.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
for (const r of rows) if (r.extra) console.log(`  ${r.name}: ${Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(', ')}`);

const failed = rows.some((r) => r.error) || (strict && rows.some((r) => r.budget_ms !== undefined && !(r.median_ms < r.budget_ms)));
process.exitCode = failed ? 1 : 0;
