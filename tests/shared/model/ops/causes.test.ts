import { describe, expect, it } from 'vitest';
import { CheckError } from '../../../../src/shared/model/check.ts';
import { validateDoc } from '../../../../src/shared/model/integrity.ts';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { causeLines, consequenceLines, causeUsage, placementsOfRisk } from '../../../../src/shared/model/query.ts';
import { baseDoc } from '../arbitraries.ts';
import { twoRisks } from '../fixtures.ts';

const labels = (doc: ReturnType<typeof baseDoc>, risk: string) => causeLines(doc, risk).map((l) => l.cause.label);

describe('addCause / linkCause', () => {
  it('adds causes in order, at an index when given', () => {
    const doc = baseDoc(1);
    const risk = ops.addRisk(doc, { title: 'R' });
    ops.addCause(doc, risk, { label: 'A' });
    ops.addCause(doc, risk, { label: 'B' });
    ops.addCause(doc, risk, { label: 'C', index: 0 });
    expect(labels(doc, risk)).toEqual(['C', 'A', 'B']);
    expect(causeLines(doc, risk).map((l) => l.line.order)).toEqual([0, 1, 2]);
  });

  it('links a cause of another risk, and refuses to link it twice in one risk', () => {
    const f = twoRisks();
    expect(causeUsage(f.doc, f.homeCause)).toBe(2);
    expect(() => ops.linkCause(f.doc, f.violence, f.homeCause)).toThrow(/staat al in dit risico/);
  });

  it('refuses an unknown risk or cause', () => {
    const doc = baseDoc(1);
    expect(() => ops.addCause(doc, '11111111-1111-4111-8111-111111111111', { label: 'A' })).toThrow(CheckError);
    const risk = ops.addRisk(doc, { title: 'R' });
    expect(() => ops.linkCause(doc, risk, '11111111-1111-4111-8111-111111111111')).toThrow(/causeId: verwijst naar een onbekende oorzaak/);
  });
});

describe('updateCause', () => {
  it('changes a linked cause in every risk', () => {
    const f = twoRisks();
    ops.updateCause(f.doc, f.homeCause, { label: 'Multiprobleemhuishouden', domain: 'social' });
    expect(labels(f.doc, f.youth)[0]).toBe('Multiprobleemhuishouden');
    expect(labels(f.doc, f.violence)).toEqual(['Multiprobleemhuishouden']);
  });
});

describe('removeRiskCause', () => {
  it('removes the measures on the path with their escalation factors', () => {
    const f = twoRisks();
    ops.removeRiskCause(f.doc, f.boredom);
    const { doc } = f;
    expect(validateDoc(doc)).toEqual([]);
    expect(labels(doc, f.youth)).toEqual(['Problematische thuissituatie']);
    expect(doc.placements[f.youthWork]).toBeUndefined();
    expect(doc.escalationFactors[f.factor]).toBeUndefined();
    expect(doc.placements[f.factorMeasure]).toBeUndefined();
    expect(Object.values(doc.measures).map((m) => m.label)).toEqual(['Integrale wijkteams signaleren vroegtijdig']);
  });

  it('keeps a linked cause for the other risk and deletes it with its last line', () => {
    const f = twoRisks();
    ops.removeRiskCause(f.doc, f.homeInYouth);
    expect(f.doc.causes[f.homeCause]).toBeDefined();
    expect(placementsOfRisk(f.doc, f.violence)).toHaveLength(1);
    ops.removeRiskCause(f.doc, f.homeInViolence);
    expect(f.doc.causes[f.homeCause]).toBeUndefined();
    // the shared measure lost its last placement too
    expect(f.doc.measures[f.teamsMeasure]).toBeUndefined();
    expect(validateDoc(f.doc)).toEqual([]);
  });

  it('closes the gap in the order', () => {
    const doc = baseDoc(1);
    const risk = ops.addRisk(doc, { title: 'R' });
    const [a] = ['A', 'B', 'C'].map((label) => ops.addCause(doc, risk, { label }));
    ops.removeRiskCause(doc, a!);
    expect(causeLines(doc, risk).map((l) => [l.cause.label, l.line.order])).toEqual([['B', 0], ['C', 1]]);
  });
});

describe('moveLine', () => {
  it('reorders causes and consequences', () => {
    const doc = baseDoc(1);
    const risk = ops.addRisk(doc, { title: 'R' });
    const [a, , c] = ['A', 'B', 'C'].map((label) => ops.addCause(doc, risk, { label }));
    ops.moveLine(doc, c!, 0);
    ops.moveLine(doc, a!, 2);
    expect(labels(doc, risk)).toEqual(['C', 'B', 'A']);
    const [x, y] = ['X', 'Y'].map((label) => ops.addConsequence(doc, risk, { label }));
    ops.moveLine(doc, y!, 0);
    expect(consequenceLines(doc, risk).map((l) => l.consequence.label)).toEqual(['Y', 'X']);
    expect(x).toBeDefined();
  });

  it('refuses an id that is not a line', () => {
    const doc = baseDoc(1);
    const risk = ops.addRisk(doc, { title: 'R' });
    expect(() => ops.moveLine(doc, risk, 0)).toThrow(/onbekende oorzaak van een risico of gevolg van een risico/);
  });
});

describe('detachCause', () => {
  it('gives one risk its own copy of a linked cause', () => {
    const f = twoRisks();
    const own = ops.detachCause(f.doc, f.homeInViolence);
    expect(own).not.toBe(f.homeCause);
    ops.updateCause(f.doc, own, { label: 'Spanningen thuis' });
    expect(labels(f.doc, f.youth)[0]).toBe('Problematische thuissituatie');
    expect(labels(f.doc, f.violence)).toEqual(['Spanningen thuis']);
    // a cause used once stays as it is
    expect(ops.detachCause(f.doc, f.boredom)).toBe(f.doc.riskCauses[f.boredom]!.causeId);
  });
});

describe('consequences', () => {
  it('add, link, update and remove like causes', () => {
    const f = twoRisks();
    const concept = f.doc.riskConsequences[f.nuisance]!.consequenceId;
    const linked = ops.linkConsequence(f.doc, f.violence, concept);
    ops.updateConsequence(f.doc, concept, { impactCategory: 'liveability' });
    expect(consequenceLines(f.doc, f.violence)[0]!.consequence.impactCategory).toBe('liveability');
    ops.removeRiskConsequence(f.doc, f.nuisance);
    expect(f.doc.consequences[concept]).toBeDefined();
    ops.removeRiskConsequence(f.doc, linked);
    expect(f.doc.consequences[concept]).toBeUndefined();
  });
});
