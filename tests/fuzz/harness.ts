/**
 * Shared by every fuzz property: how many cases to run (a bounded number per CI run, more with
 * `FUZZ_SCALE`, or the long run of `npm run bench -- fuzz`), the seed (`FUZZ_SEED` replays a
 * failure), and a report that names the seed to rerun with. No vitest here: the bench runs the
 * same properties under plain Node.
 */
import fc from 'fast-check';

export interface FuzzReport {
  name: string;
  cases: number;
  seed: number;
  ms: number;
  /** How often each outcome occurred (e.g. "ok", "file.damaged"), so a run shows what it reached. */
  outcomes: Record<string, number>;
}

/** Cases for this run: `ci` scaled by FUZZ_SCALE (default 1). */
export function casesFor(ci: number, scale = Number(process.env['FUZZ_SCALE'] ?? 1)): number {
  return Math.max(1, Math.round(ci * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

function seedOf(): number {
  const given = Number(process.env['FUZZ_SEED']);
  return Number.isInteger(given) ? given : (Date.now() ^ (process.pid << 8)) | 0;
}

/** Counts outcomes while a property runs. */
export class Outcomes {
  readonly counts: Record<string, number> = {};
  note(outcome: string): void {
    this.counts[outcome] = (this.counts[outcome] ?? 0) + 1;
  }
}

/**
 * Runs `property` for `cases` cases and throws, naming the seed and the counterexample, if any
 * case fails. Properties may be async.
 */
export async function runFuzz<T>(name: string, arb: fc.Arbitrary<T>, cases: number, check: (value: T, outcomes: Outcomes) => unknown): Promise<FuzzReport> {
  const seed = seedOf();
  const outcomes = new Outcomes();
  const started = performance.now();
  const property = fc.asyncProperty(arb, async (value) => {
    await check(value, outcomes);
  });
  const details = await fc.check(property, { numRuns: cases, seed, endOnFailure: true });
  const ms = performance.now() - started;
  if (details.failed) {
    const message = fc.defaultReportMessage(details) ?? 'failed';
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`fuzz "${name}" failed; rerun with FUZZ_SEED=${details.seed} (path ${details.counterexamplePath ?? '?'})\n${cause}\n${message}`);
  }
  return { name, cases: details.numRuns, seed, ms, outcomes: outcomes.counts };
}

/** A value as a property sees it fail: a short, printable description. */
export function fail(message: string): never {
  throw new Error(message);
}
