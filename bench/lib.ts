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

/** How a median grows with the size of the input, from the slope of log(median) over log(size). */
export type GrowthClass = 'constant' | 'sublinear' | 'linear' | 'superlinear' | 'quadratic';

/** The least-squares slope of log(median) against log(size), and its class (1 = linear). */
export function growthOf(points: readonly { size: number; median_ms: number }[]): { slope: number; growth: GrowthClass } {
  const pts = points.filter((p) => p.size > 0 && p.median_ms > 0);
  if (pts.length < 2) throw new Error('growth needs at least two sizes');
  const xs = pts.map((p) => Math.log(p.size));
  const ys = pts.map((p) => Math.log(p.median_ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  const slope = num / den;
  const growth: GrowthClass =
    slope < 0.25 ? 'constant' : slope < 0.75 ? 'sublinear' : slope < 1.3 ? 'linear' : slope < 1.75 ? 'superlinear' : 'quadratic';
  return { slope: Math.round(slope * 100) / 100, growth };
}

export interface SizedOptions {
  /** What a size counts, for the bench names ("risks", "elements"). */
  unit: string;
  /** A budget for every size, or one per size. */
  budget_ms?: number | ((size: number) => number | undefined);
}

/**
 * The same bench at several sizes: one entry per size named `<name> @<size> <unit>`, so each
 * size prints its own ratio to its baseline; the largest size's entry also reports, in `extra`,
 * the growth class of the median over the sizes measured in this run (`growth`, `slope`).
 */
export function atSizes(
  name: string,
  sizes: readonly number[],
  run: (size: number) => BenchResult | Promise<BenchResult>,
  opts: SizedOptions,
): Bench[] {
  const seen: { size: number; median_ms: number }[] = [];
  const sorted = [...sizes].sort((a, b) => a - b);
  return sorted.map((size, i) => {
    const budget = typeof opts.budget_ms === 'function' ? opts.budget_ms(size) : opts.budget_ms;
    return {
      name: `${name} @${size} ${opts.unit}`,
      ...(budget === undefined ? {} : { budget_ms: budget }),
      async run() {
        const r = await run(size);
        seen.push({ size, median_ms: r.median_ms });
        if (i < sorted.length - 1 || seen.length < 2) return r;
        const g = growthOf(seen);
        return { ...r, extra: { ...r.extra, growth: g.growth, slope: g.slope, sizes: seen.map((p) => p.size).join('/') } };
      },
    };
  });
}
