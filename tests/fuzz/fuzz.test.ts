/**
 * The project tests its own edges: property-based fuzzing of every parser a stranger feeds, with
 * a bounded number of cases per run (FUZZ_SCALE multiplies them, FUZZ_SEED replays a failure;
 * `npm run bench -- fuzz` is the long run). Each report is printed so a run shows what it reached.
 */
import { describe, expect, it } from 'vitest';
import { casesFor, type FuzzReport } from './harness.ts';
import { fuzzInterchange } from './interchange.fuzz.ts';
import { fuzzOpenBytes, fuzzOpenSql } from './openFile.fuzz.ts';
import { fuzzCsvImport, fuzzXlsxImport } from './registerImport.fuzz.ts';
import { fuzzRequests } from './webRequests.fuzz.ts';

function print(r: FuzzReport): void {
  console.info(`fuzz ${r.name}: ${r.cases} cases in ${Math.round(r.ms)} ms (seed ${r.seed}) ${JSON.stringify(r.outcomes)}`);
}

describe('fuzzing the parsers a stranger feeds', () => {
  it('file open: byte mutations of the example project', async () => {
    const r = await fuzzOpenBytes(casesFor(150));
    print(r);
    expect(r.outcomes['file.damaged'] ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('file open: SQL mutations of the example project, the app and validate agreeing', async () => {
    const r = await fuzzOpenSql(casesFor(60));
    print(r);
    expect(Object.keys(r.outcomes).length).toBeGreaterThan(1);
  }, 120_000);

  it('JSON interchange: mutations of the example project', async () => {
    const r = await fuzzInterchange(casesFor(300));
    print(r);
    expect(r.outcomes['ok'] ?? 0).toBeGreaterThan(0);
    expect(r.outcomes['import.invalid'] ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('register import: CSV text and bytes', async () => {
    const r = await fuzzCsvImport(casesFor(300));
    print(r);
    expect(r.outcomes['imported'] ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('register import: workbooks, also damaged', async () => {
    const r = await fuzzXlsxImport(casesFor(40));
    print(r);
    expect(Object.keys(r.outcomes).length).toBeGreaterThan(1);
  }, 120_000);

  it('web host: random requests (cookies, headers, paths, bodies)', async () => {
    const r = await fuzzRequests(casesFor(200));
    print(r);
    expect(r.outcomes['2xx'] ?? 0).toBeGreaterThan(0);
    expect(r.outcomes['4xx'] ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
