/**
 * The small toolkit every benchmark uses. A bench file `bench/<name>.bench.ts` exports
 * `benches: Bench[]` (or a default array); `bench/run.ts` finds and runs them.
 */

export interface BenchResult {
  /** Median wall time of one run of the measured operation. */
  median_ms: number;
  /** Median of a simpler operation doing comparable work, measured in the same run. */
  baseline_ms?: number;
  /** The budget from DESIGN.md §8, if there is one (may also be set on the Bench). */
  budget_ms?: number;
  /** Other measured facts worth reporting, e.g. a file size. */
  extra?: Record<string, number | string>;
}

export interface Bench {
  name: string;
  budget_ms?: number;
  run(): BenchResult | Promise<BenchResult>;
}

/** The median of some timings (the mean of the two middle values for an even count). */
export function median(times: readonly number[]): number {
  if (times.length === 0) throw new Error('median of no timings');
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface MeasureOptions<T> {
  /** Timed runs (default 30). */
  runs?: number;
  /** Untimed runs first, to warm caches and the JIT (default 3). */
  warmup?: number;
  /** Called after each run with its result, outside the timing (e.g. to close what it opened). */
  after?: (result: T) => unknown;
}

/** Runs `fn` repeatedly and returns the median and every timing in milliseconds. */
export async function measure<T>(fn: () => T | Promise<T>, opts: MeasureOptions<T> = {}): Promise<{ median_ms: number; times: number[] }> {
  const runs = opts.runs ?? 30;
  for (let i = 0; i < (opts.warmup ?? 3); i++) {
    const r = await fn();
    await opts.after?.(r);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    let r = fn();
    if (r instanceof Promise) r = await r;
    times.push(performance.now() - t0);
    await opts.after?.(r as T);
  }
  return { median_ms: median(times), times };
}
