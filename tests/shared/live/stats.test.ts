import { describe, expect, it } from 'vitest';
import { tally } from '../../../src/shared/live/stats.ts';

const FIVE = [1, 2, 3, 4, 5];

describe('tally', () => {
  it('has no median or spread without votes', () => {
    expect(tally([], FIVE)).toEqual({ n: 0, counts: [0, 0, 0, 0, 0], median: null, spread: null, range: null, dissent: false });
  });

  it('counts per value and takes the lower median, always a class of the scale', () => {
    expect(tally([2, 4], FIVE)).toMatchObject({ n: 2, counts: [0, 1, 0, 1, 0], median: 2, range: [2, 4] });
    expect(tally([3, 3, 4, 5, 5], FIVE)).toMatchObject({ median: 4, spread: 2 });
  });

  it('marks agreement and near-agreement as no dissent', () => {
    expect(tally([3, 3, 3, 3], FIVE)).toMatchObject({ spread: 0, dissent: false });
    expect(tally([3, 3, 4, 3, 4, 3], FIVE)).toMatchObject({ dissent: false });
    expect(tally([1, 3, 3, 3, 3, 3, 3, 3], FIVE)).toMatchObject({ dissent: false });
  });

  it('marks a wide middle half, or two far camps, as dissent', () => {
    expect(tally([1, 2, 3, 4, 5, 1, 5, 3], FIVE).dissent).toBe(true);
    expect(tally([1, 1, 1, 5, 5, 5], FIVE).dissent).toBe(true);
    expect(tally([2, 4], FIVE).dissent).toBe(true);
    expect(tally([4], FIVE).dissent).toBe(false);
  });

  it('works on letter scales by value and ignores values outside the scale', () => {
    expect(tally([7, 2, 2], [1, 2, 3])).toMatchObject({ n: 2, counts: [0, 2, 0], median: 2 });
  });
});
