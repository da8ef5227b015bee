import { describe, expect, it } from 'vitest';
import { allRiskScores, riskScores } from '../../../src/shared/model/riskScore.ts';
import { builder } from '../layout/build.ts';

describe('riskScores', () => {
  it('multiplies likelihood and impact and finds the band', () => {
    const b = builder();
    const r = b.risk();
    b.score(r, 'likelihood', 4);
    b.score(r, 'impact', 3);
    const s = riskScores(b.doc, r)!;
    expect(s).toMatchObject({ likelihood: 4, impact: 3, score: 12 });
    expect(s.band!.label).toBe('Hoog');
  });

  it('is null until both likelihood and impact are scored', () => {
    const b = builder();
    const r = b.risk();
    expect(riskScores(b.doc, r)).toBeNull();
    b.score(r, 'likelihood', 2);
    expect(riskScores(b.doc, r)).toBeNull();
    expect(riskScores(b.doc, 'unknown')).toBeNull();
  });

  it('prefers the agreed score over workshop sessions, and otherwise the latest', () => {
    const b = builder();
    const r = b.risk();
    b.score(r, 'likelihood', 5);
    b.score(r, 'impact', 2);
    const [l, i] = Object.values(b.doc.scores);
    l!.session = 'Werksessie 1';
    l!.updatedAt = '2026-02-01T00:00:00.000Z';
    b.score(r, 'likelihood', 3);
    const later = Object.values(b.doc.scores).at(-1)!;
    later.session = 'Werksessie 2';
    later.updatedAt = '2026-03-01T00:00:00.000Z';
    expect(riskScores(b.doc, r)!.likelihood).toBe(3);
    b.score(r, 'likelihood', 1); // session '' = agreed
    expect(riskScores(b.doc, r)!.likelihood).toBe(1);
    expect(i!.value).toBe(2);
  });

  it('combines enabled impact dimensions by maximum or weighted mean, rounded to a class', () => {
    const b = builder();
    const r = b.risk();
    const dims = b.doc.project.scales.impactDimensions;
    dims[0]!.enabled = true; // persons
    dims[1]!.enabled = true; // liveability
    dims[1]!.weight = 3;
    b.score(r, 'likelihood', 2);
    b.score(r, 'impact', 5); // ignored: dimensions are scored
    b.score(r, 'impact.persons', 4);
    b.score(r, 'impact.liveability', 1);
    b.score(r, 'impact.reach', 5); // dimension not enabled
    expect(riskScores(b.doc, r)).toMatchObject({ impact: 4, score: 8 });
    b.doc.project.scales.impactCombine = 'weightedMean';
    // (1·4 + 3·1) / 4 = 1.75 → 2
    expect(riskScores(b.doc, r)).toMatchObject({ impact: 2, score: 4 });
    expect(riskScores(b.doc, r)!.band!.label).toBe('Laag');
  });

  it('falls back to the plain impact score when no enabled dimension is scored', () => {
    const b = builder();
    const r = b.risk();
    b.doc.project.scales.impactDimensions[0]!.enabled = true;
    b.score(r, 'likelihood', 3);
    b.score(r, 'impact', 3);
    expect(riskScores(b.doc, r)).toMatchObject({ impact: 3, score: 9 });
  });

  it('keeps scores outside a shortened scale at its edge', () => {
    const b = builder();
    const r = b.risk();
    b.doc.project.scales.likelihood.pop(); // 4 classes left
    b.score(r, 'likelihood', 5);
    b.score(r, 'impact', 0);
    expect(riskScores(b.doc, r)).toMatchObject({ likelihood: 4, impact: 1, score: 4 });
  });

  it('gives a band of null when no band covers the score', () => {
    const b = builder();
    const r = b.risk();
    b.doc.project.scales.bands = b.doc.project.scales.bands.filter((x) => x.id !== 'veryHigh');
    b.score(r, 'likelihood', 5);
    b.score(r, 'impact', 5);
    expect(riskScores(b.doc, r)!.band).toBeNull();
  });

  it('scores every risk in one pass, the same as one by one', () => {
    const b = builder();
    const r1 = b.risk();
    const r2 = b.risk();
    b.score(r1, 'likelihood', 2);
    b.score(r1, 'impact', 2);
    const all = allRiskScores(b.doc);
    expect(all.get(r1)).toEqual(riskScores(b.doc, r1));
    expect(all.get(r2)).toBeNull();
  });
});
