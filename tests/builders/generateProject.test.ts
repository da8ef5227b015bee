import { describe, expect, it } from 'vitest';
import { countEntities } from '../../src/shared/model/doc.ts';
import { validateDoc } from '../../src/shared/model/integrity.ts';
import { firstDocProblem } from '../../src/main/storage/checkDoc.ts';
import { generateProject } from './generateProject.ts';

describe('generateProject', () => {
  it('makes a valid 200-risk project of about 15 000 entities with shared causes and measures', () => {
    const doc = generateProject({ risks: 200, workedOut: 30, seed: 1 });
    expect(firstDocProblem(doc)).toBeNull();
    const counts = countEntities(doc);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(14_000);
    expect(total).toBeLessThan(16_000);
    expect(Object.values(doc.risks).filter((r) => r.status === 'workedOut')).toHaveLength(30);
    const causeUse = new Map<string, Set<string>>();
    for (const rc of Object.values(doc.riskCauses)) causeUse.set(rc.causeId, (causeUse.get(rc.causeId) ?? new Set()).add(rc.riskId));
    expect([...causeUse.values()].filter((risks) => risks.size > 1).length).toBeGreaterThan(20);
    const measureUse = new Map<string, Set<string>>();
    for (const p of Object.values(doc.placements)) measureUse.set(p.measureId, (measureUse.get(p.measureId) ?? new Set()).add(p.riskId));
    expect([...measureUse.values()].filter((risks) => risks.size > 1).length).toBeGreaterThan(100);
    expect(counts.escalationFactors).toBeGreaterThan(100);
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(JSON.stringify(generateProject({ risks: 20, workedOut: 3, seed: 9 }))).toBe(JSON.stringify(generateProject({ risks: 20, workedOut: 3, seed: 9 })));
    expect(generateProject({ risks: 20, seed: 1 }).project.id).not.toBe(generateProject({ risks: 20, seed: 2 }).project.id);
  });

  it('small projects are valid too', () => {
    for (const [risks, workedOut] of [[0, 0], [1, 1], [5, 0], [12, 12]] as const) {
      expect(validateDoc(generateProject({ risks, workedOut, seed: risks }))).toEqual([]);
    }
  });
});
