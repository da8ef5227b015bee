/**
 * What the facilitator sees of the votes on one criterion of one risk: the count per scale
 * value, the median, the spread and whether the room disagrees (docs/live-scoring.md).
 */

export interface Tally {
  /** Number of votes. */
  n: number;
  /** Votes per scale value, in the order of `values`. */
  counts: number[];
  /** Lower median: always one of the scale's values; null without votes. */
  median: number | null;
  /** Interquartile range in classes (0 when everyone agrees); null without votes. */
  spread: number | null;
  /** Lowest and highest value voted. */
  range: [number, number] | null;
  /** Wide spread: discuss before adopting. */
  dissent: boolean;
}

/** The value at quantile `q` of sorted values, by the lower-index rule (a value that was voted). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/** Tallies `votes` on a scale with `values` (ascending). Votes outside the scale are ignored. */
export function tally(votes: readonly number[], values: readonly number[]): Tally {
  const index = new Map(values.map((v, i) => [v, i]));
  const counts = values.map(() => 0);
  const kept: number[] = [];
  for (const v of votes) {
    const i = index.get(v);
    if (i === undefined) continue;
    counts[i]! += 1;
    kept.push(i);
  }
  const n = kept.length;
  if (n === 0) return { n, counts, median: null, spread: null, range: null, dissent: false };
  kept.sort((a, b) => a - b);
  const lo = kept[0]!;
  const hi = kept[n - 1]!;
  const spread = quantile(kept, 0.75) - quantile(kept, 0.25);
  // Dissent: a wide middle half, or a room split into two far camps of real size.
  const farCamps = hi - lo >= 2 && counts[lo]! * 4 >= n && counts[hi]! * 4 >= n;
  return {
    n,
    counts,
    median: values[quantile(kept, 0.5)]!,
    spread,
    range: [values[lo]!, values[hi]!],
    dissent: n >= 2 && (spread >= 2 || farCamps),
  };
}
