import { describe, expect, it } from 'vitest';
import { atSizes, growthOf } from '../../bench/lib.ts';

const at = (sizes: number[], f: (n: number) => number) => sizes.map((size) => ({ size, median_ms: f(size) }));

describe('the growth class of a bench over sizes', () => {
  it('tells constant, linear and quadratic costs apart', () => {
    expect(growthOf(at([50, 200, 1000], () => 2)).growth).toBe('constant');
    expect(growthOf(at([50, 200, 1000], (n) => 0.03 * n)).growth).toBe('linear');
    expect(growthOf(at([50, 200, 1000], (n) => 1e-4 * n * n)).growth).toBe('quadratic');
    expect(growthOf(at([50, 200, 1000], (n) => 0.03 * n)).slope).toBeCloseTo(1, 2);
  });

  it('reports the class on the largest size, with the per-size names and budgets', async () => {
    const benches = atSizes('edit', [1000, 50, 200], (n) => ({ median_ms: n / 10, baseline_ms: 1 }), { unit: 'risks', budget_ms: (n) => (n > 100 ? 3 : undefined) });
    expect(benches.map((b) => b.name)).toEqual(['edit @50 risks', 'edit @200 risks', 'edit @1000 risks']);
    expect(benches.map((b) => b.budget_ms)).toEqual([undefined, 3, 3]);
    const results = [];
    for (const b of benches) results.push(await b.run());
    expect(results[0]!.extra).toBeUndefined();
    expect(results[2]!.extra).toMatchObject({ growth: 'linear', sizes: '50/200/1000' });
  });
});
