/**
 * The long fuzz run, `npm run bench -- fuzz`: the properties of tests/fuzz with many more cases
 * than CI runs (FUZZ_SCALE scales these too, FUZZ_SEED replays). Each entry reports the time per
 * case and, in `extra`, the number of cases, the seed and what the cases reached. A failing
 * property fails its entry with the seed to rerun.
 */
import { casesFor, type FuzzReport } from '../tests/fuzz/harness.ts';
import { fuzzInterchange } from '../tests/fuzz/interchange.fuzz.ts';
import { fuzzOpenBytes, fuzzOpenSql } from '../tests/fuzz/openFile.fuzz.ts';
import { fuzzCsvImport, fuzzXlsxImport } from '../tests/fuzz/registerImport.fuzz.ts';
import { fuzzRequests } from '../tests/fuzz/webRequests.fuzz.ts';
import type { Bench, BenchResult } from './lib.ts';

function entry(name: string, run: () => Promise<FuzzReport>): Bench {
  return {
    name: `fuzz: ${name}`,
    async run(): Promise<BenchResult> {
      const r = await run();
      return { median_ms: r.ms / r.cases, extra: { cases: r.cases, seed: r.seed, total_s: Math.round(r.ms / 100) / 10, ...r.outcomes } };
    },
  };
}

export const benches: Bench[] = [
  entry('file open, byte mutations (ms per case)', () => fuzzOpenBytes(casesFor(3000))),
  entry('file open, SQL mutations (ms per case)', () => fuzzOpenSql(casesFor(1000))),
  entry('JSON interchange (ms per case)', () => fuzzInterchange(casesFor(10_000))),
  entry('register import, CSV (ms per case)', () => fuzzCsvImport(casesFor(5000))),
  entry('register import, XLSX (ms per case)', () => fuzzXlsxImport(casesFor(500))),
  entry('web host requests (ms per case)', () => fuzzRequests(casesFor(3000))),
];
