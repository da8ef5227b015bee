import { describe, expect, it } from 'vitest';
import { c } from '../../../../src/shared/model/check.ts';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { sequentialIdentity, withIdentity } from '../../../../src/shared/model/ops/stamp.ts';
import { baseDoc } from '../arbitraries.ts';

describe('identity', () => {
  it('a sequential identity gives valid, distinct, reproducible ids and rising times', () => {
    const a = sequentialIdentity(42);
    const b = sequentialIdentity(42);
    const ids = Array.from({ length: 2000 }, () => a.newId());
    expect(new Set(ids).size).toBe(2000);
    for (const id of ids) c.id()(id);
    expect(Array.from({ length: 2000 }, () => b.newId())).toEqual(ids);
    expect([a.now(), a.now()]).toEqual(['2026-01-01T09:00:00.000Z', '2026-01-01T09:00:01.000Z']);
  });

  it('withIdentity applies only inside the call', () => {
    const doc = baseDoc(1);
    const inside = withIdentity(sequentialIdentity(5, '2030-01-01T00:00:00.000Z'), () => ops.addRisk(doc, { title: 'A' }));
    const outside = ops.addRisk(doc, { title: 'B' });
    expect(doc.risks[inside]!.createdAt.startsWith('2030-01-01')).toBe(true);
    expect(doc.risks[outside]!.createdAt.startsWith('2030-01-01')).toBe(false);
  });
});

describe('updateProject', () => {
  it('edits the project and stamps it only on a real change', () => {
    const doc = baseDoc(1);
    const stamp = doc.project.updatedAt;
    ops.updateProject(doc, { title: 'Testproject' });
    expect(doc.project.updatedAt).toBe(stamp);
    ops.updateProject(doc, { period: '2027–2030', municipality: 'Gemeente Voorbeeld' });
    expect(doc.project).toMatchObject({ period: '2027–2030', municipality: 'Gemeente Voorbeeld' });
    expect(() => ops.updateProject(doc, { documentId: 'x' } as never)).toThrow(/documentId: kan hier niet worden gewijzigd/);
  });
});
