import { describe, expect, it } from 'vitest';
import { CheckError } from '../../../../src/shared/model/check.ts';
import { validateDoc } from '../../../../src/shared/model/integrity.ts';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { measureUsage, placementsOnPath, risksUsingMeasure } from '../../../../src/shared/model/query.ts';
import { twoRisks } from '../fixtures.ts';

const onPath = (f: ReturnType<typeof twoRisks>, pathId: string) => placementsOnPath(f.doc, pathId).map((p) => f.doc.measures[p.measureId]!.label);

describe('addMeasure', () => {
  it('creates a measure on a path with sensible defaults', () => {
    const f = twoRisks();
    const p = ops.addMeasure(f.doc, { pathKind: 'consequence', pathId: f.nuisance, label: 'Inzet boa’s in het park' });
    const placement = f.doc.placements[p]!;
    expect(placement).toMatchObject({ riskId: f.youth, pathKind: 'consequence', pathId: f.nuisance, order: 0 });
    expect(f.doc.measures[placement.measureId]).toMatchObject({ status: 'existing', effectiveness: 'unknown', ownerId: null, quickWin: false, plannedYear: null });
  });

  it('inserts at an index', () => {
    const f = twoRisks();
    ops.addMeasure(f.doc, { pathKind: 'cause', pathId: f.boredom, label: 'Sportaanbod', index: 0 });
    expect(onPath(f, f.boredom)).toEqual(['Sportaanbod', 'Ambulant jongerenwerk']);
  });

  it('refuses a path that does not exist, a riskId that does not match, an unknown owner', () => {
    const f = twoRisks();
    const before = JSON.stringify(f.doc);
    expect(() => ops.addMeasure(f.doc, { pathKind: 'cause', pathId: f.nuisance, label: 'x' })).toThrow(/pathId: verwijst naar een onbekende oorzaak van een risico/);
    expect(() => ops.addMeasure(f.doc, { riskId: f.violence, pathKind: 'cause', pathId: f.boredom, label: 'x' })).toThrow(/hoort niet bij het risico/);
    expect(() => ops.addMeasure(f.doc, { pathKind: 'cause', pathId: f.boredom, label: 'x', ownerId: f.youth })).toThrow(/ownerId: verwijst naar een onbekende partner/);
    expect(() => ops.addMeasure(f.doc, { pathKind: 'cause', pathId: f.boredom, label: 'x', status: 'wellicht' } as never)).toThrow(CheckError);
    expect(JSON.stringify(f.doc)).toBe(before);
  });
});

describe('placeMeasure', () => {
  it('shares one measure between paths and risks', () => {
    const f = twoRisks();
    expect(measureUsage(f.doc, f.teamsMeasure)).toBe(2);
    expect(risksUsingMeasure(f.doc, f.teamsMeasure)).toEqual([f.youth, f.violence]);
    ops.updateMeasure(f.doc, f.teamsMeasure, { effectiveness: 'good' });
    expect(f.doc.placements[f.teamsInViolence]!.measureId).toBe(f.teamsMeasure);
  });
});

describe('removePlacement', () => {
  it('keeps a shared measure and deletes it with its last placement', () => {
    const f = twoRisks();
    ops.removePlacement(f.doc, f.teamsInYouth);
    expect(f.doc.measures[f.teamsMeasure]).toBeDefined();
    ops.removePlacement(f.doc, f.teamsInViolence);
    expect(f.doc.measures[f.teamsMeasure]).toBeUndefined();
  });

  it('keeps the measure when asked (e.g. to place it elsewhere)', () => {
    const f = twoRisks();
    const m = f.doc.placements[f.youthWork]!.measureId;
    ops.removePlacement(f.doc, f.youthWork, { keepMeasure: true });
    expect(f.doc.measures[m]).toBeDefined();
    expect(validateDoc(f.doc)).toEqual([]);
  });

  it('takes the escalation factors below it and their measures along', () => {
    const f = twoRisks();
    const setKey = `esc:${f.factor}`;
    ops.setOverride(f.doc, f.youth, setKey, { dx: 1, dy: 1 });
    ops.removePlacement(f.doc, f.youthWork);
    expect(f.doc.escalationFactors[f.factor]).toBeUndefined();
    expect(f.doc.placements[f.factorMeasure]).toBeUndefined();
    expect(Object.values(f.doc.layoutOverrides)).toEqual([]);
    expect(validateDoc(f.doc)).toEqual([]);
  });
});

describe('deleteMeasure', () => {
  it('removes a measure from every path and risk', () => {
    const f = twoRisks();
    ops.deleteMeasure(f.doc, f.teamsMeasure);
    expect(f.doc.measures[f.teamsMeasure]).toBeUndefined();
    expect(placementsOnPath(f.doc, f.homeInYouth)).toEqual([]);
    expect(placementsOnPath(f.doc, f.homeInViolence)).toEqual([]);
    expect(validateDoc(f.doc)).toEqual([]);
  });
});

describe('movePlacement', () => {
  it('reorders on its path', () => {
    const f = twoRisks();
    ops.addMeasure(f.doc, { pathKind: 'cause', pathId: f.boredom, label: 'Sportaanbod' });
    ops.movePlacement(f.doc, f.youthWork, 1);
    expect(onPath(f, f.boredom)).toEqual(['Sportaanbod', 'Ambulant jongerenwerk']);
  });

  it('moves to another path of the same risk, with its escalation factors', () => {
    const f = twoRisks();
    ops.movePlacement(f.doc, f.youthWork, 0, { pathKind: 'cause', pathId: f.homeInYouth });
    expect(onPath(f, f.homeInYouth)).toEqual(['Ambulant jongerenwerk', 'Integrale wijkteams signaleren vroegtijdig']);
    expect(onPath(f, f.boredom)).toEqual([]);
    expect(f.doc.escalationFactors[f.factor]!.placementId).toBe(f.youthWork);
    expect(validateDoc(f.doc)).toEqual([]);
  });

  it('refuses a path of another risk, and an escalation path for a measure with factors', () => {
    const f = twoRisks();
    expect(() => ops.movePlacement(f.doc, f.youthWork, 0, { pathKind: 'cause', pathId: f.homeInViolence })).toThrow(/ander risico/);
    const factor2 = ops.addEscalationFactor(f.doc, f.teamsInYouth, { label: 'Privacyregels doordat gegevens niet gedeeld mogen worden' });
    expect(() => ops.movePlacement(f.doc, f.youthWork, 0, { pathKind: 'escalation', pathId: factor2 })).toThrow(/escalatiefactoren/);
  });
});

describe('detachMeasure', () => {
  it('gives one placement its own copy of a shared measure', () => {
    const f = twoRisks();
    const own = ops.detachMeasure(f.doc, f.teamsInViolence);
    expect(own).not.toBe(f.teamsMeasure);
    expect(f.doc.measures[own]!.label).toBe('Integrale wijkteams signaleren vroegtijdig');
    expect(measureUsage(f.doc, f.teamsMeasure)).toBe(1);
  });
});

describe('updateMeasure', () => {
  it('edits every field of the IVP action and checks the owner', () => {
    const f = twoRisks();
    const m = f.doc.placements[f.youthWork]!.measureId;
    ops.updateMeasure(f.doc, m, { status: 'planned', plannedYear: 2027, budgetNote: '€ 40.000 per jaar', quickWin: true, chainLink: 'prevention', ownerId: f.partner });
    expect(f.doc.measures[m]).toMatchObject({ status: 'planned', plannedYear: 2027, quickWin: true, chainLink: 'prevention', ownerId: f.partner });
    expect(() => ops.updateMeasure(f.doc, m, { ownerId: f.youth })).toThrow(/onbekende partner/);
  });
});
