import { describe, expect, it } from 'vitest';
import { CheckError } from '../../../../src/shared/model/check.ts';
import { validateDoc } from '../../../../src/shared/model/integrity.ts';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { risksInOrder } from '../../../../src/shared/model/query.ts';
import { baseDoc } from '../arbitraries.ts';
import { twoRisks } from '../fixtures.ts';

const codes = (doc: ReturnType<typeof baseDoc>) => risksInOrder(doc).map((r) => r.code);

describe('addRisk', () => {
  it('numbers risks R01, R02, … and appends them to the register', () => {
    const doc = baseDoc(1);
    ops.addRisk(doc, { title: 'Woninginbraak' });
    ops.addRisk(doc, { title: 'Fietsdiefstal' });
    expect(codes(doc)).toEqual(['R01', 'R02']);
    expect(risksInOrder(doc).map((r) => r.order)).toEqual([0, 1]);
  });

  it('takes the next code above the highest, so a deleted code is not reused', () => {
    const doc = baseDoc(1);
    const a = ops.addRisk(doc, { title: 'A' });
    ops.addRisk(doc, { title: 'B', code: 'R07' });
    ops.deleteRisk(doc, a);
    ops.addRisk(doc, { title: 'C' });
    expect(codes(doc)).toEqual(['R07', 'R08']);
  });

  it('inserts at an index and keeps the order dense', () => {
    const doc = baseDoc(1);
    ops.addRisk(doc, { title: 'A' });
    ops.addRisk(doc, { title: 'B' });
    ops.addRisk(doc, { title: 'C', index: 1 });
    expect(risksInOrder(doc).map((r) => r.title)).toEqual(['A', 'C', 'B']);
    expect(risksInOrder(doc).map((r) => r.order)).toEqual([0, 1, 2]);
  });

  it('fills in defaults and stamps createdAt, updatedAt and the project', () => {
    const doc = baseDoc(1);
    const id = ops.addRisk(doc, { title: 'Ondermijning' });
    const r = doc.risks[id]!;
    expect(r).toMatchObject({ status: 'longlist', priorityAdvice: null, themeId: null, areaIds: [], goals: [], indicators: [], confidentiality: 'public' });
    expect(r.createdAt).toBe(r.updatedAt);
    expect(doc.project.updatedAt).toBe(r.createdAt);
  });

  it('refuses an empty title, an unknown theme or area, and changes nothing', () => {
    const doc = baseDoc(1);
    const before = JSON.stringify(doc);
    expect(() => ops.addRisk(doc, { title: '' })).toThrow(CheckError);
    expect(() => ops.addRisk(doc, { title: 'X', themeId: '11111111-1111-4111-8111-111111111111' })).toThrow(/themeId: verwijst naar een onbekend thema/);
    expect(() => ops.addRisk(doc, { title: 'X', areaIds: ['11111111-1111-4111-8111-111111111111'] })).toThrow(/areaIds\[0\]/);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('updateRisk', () => {
  it('edits fields and refuses fields that are not editable', () => {
    const doc = baseDoc(1);
    const id = ops.addRisk(doc, { title: 'A' });
    ops.updateRisk(doc, id, { centralEvent: 'Inbraak in woning', status: 'selected', goals: ['Minder inbraken'] });
    expect(doc.risks[id]).toMatchObject({ centralEvent: 'Inbraak in woning', status: 'selected', goals: ['Minder inbraken'] });
    expect(() => ops.updateRisk(doc, id, { order: 5 } as never)).toThrow(/order: kan hier niet worden gewijzigd/);
    expect(() => ops.updateRisk(doc, id, { status: 'klaar' } as never)).toThrow(CheckError);
  });

  it('does not stamp anything when nothing changes', () => {
    const doc = baseDoc(1);
    const id = ops.addRisk(doc, { title: 'A' });
    const stamp = doc.risks[id]!.updatedAt;
    const project = doc.project.updatedAt;
    ops.updateRisk(doc, id, { title: 'A' });
    expect(doc.risks[id]!.updatedAt).toBe(stamp);
    expect(doc.project.updatedAt).toBe(project);
  });

  it('refuses the same area twice', () => {
    const doc = baseDoc(1);
    const id = ops.addRisk(doc, { title: 'A' });
    const area = ops.addArea(doc, { name: 'Centrum', kind: 'district' });
    expect(() => ops.updateRisk(doc, id, { areaIds: [area, area] })).toThrow(/staat er twee keer in/);
  });
});

describe('moveRisk', () => {
  it('reorders the register', () => {
    const doc = baseDoc(1);
    const [a, b, c] = ['A', 'B', 'C'].map((title) => ops.addRisk(doc, { title }));
    ops.moveRisk(doc, c!, 0);
    ops.moveRisk(doc, a!, 99);
    expect(risksInOrder(doc).map((r) => r.title)).toEqual(['C', 'B', 'A']);
    expect(b).toBeDefined();
  });
});

describe('deleteRisk', () => {
  it('removes the bow-tie but keeps what the other risk still uses', () => {
    const f = twoRisks();
    ops.setScore(f.doc, f.youth, 'likelihood', 4);
    ops.setOverride(f.doc, f.youth, 'event', { dx: 5, dy: 0 });
    ops.deleteRisk(f.doc, f.youth);
    const { doc } = f;
    expect(validateDoc(doc)).toEqual([]);
    expect(doc.risks[f.youth]).toBeUndefined();
    // shared cause and measure survive in the other risk
    expect(doc.causes[f.homeCause]).toBeDefined();
    expect(doc.measures[f.teamsMeasure]).toBeDefined();
    expect(Object.values(doc.placements).map((p) => p.riskId)).toEqual([f.violence]);
    // everything only the deleted risk used is gone
    expect(Object.values(doc.causes).map((c) => c.label)).toEqual(['Problematische thuissituatie']);
    expect(Object.values(doc.consequences)).toEqual([]);
    expect(Object.values(doc.escalationFactors)).toEqual([]);
    expect(Object.values(doc.measures).map((m) => m.label)).toEqual(['Integrale wijkteams signaleren vroegtijdig']);
    expect(Object.values(doc.scores)).toEqual([]);
    expect(Object.values(doc.layoutOverrides)).toEqual([]);
    expect(doc.risks[f.violence]!.order).toBe(0);
  });
});
