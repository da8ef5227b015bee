import { describe, expect, it } from 'vitest';
import { validateDoc } from '../../../../src/shared/model/integrity.ts';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { causeLines, causeUsage, escalationFactorsOf, measureUsage, placementsOnPath, risksInOrder } from '../../../../src/shared/model/query.ts';
import { twoRisks } from '../fixtures.ts';

describe('duplicateRisk', () => {
  it('copies the whole bow-tie right after the original, with a new code', () => {
    const f = twoRisks();
    const copy = ops.duplicateRisk(f.doc, f.youth);
    const { doc } = f;
    expect(validateDoc(doc)).toEqual([]);
    expect(risksInOrder(doc).map((r) => r.title)).toEqual(['Jeugdoverlast met alcohol', 'Jeugdoverlast met alcohol (kopie)', 'Huiselijk geweld']);
    expect(doc.risks[copy]).toMatchObject({ code: 'R03', hazard: doc.risks[f.youth]!.hazard, centralEvent: doc.risks[f.youth]!.centralEvent });
    expect(causeLines(doc, copy).map((l) => l.cause.label)).toEqual(['Problematische thuissituatie', 'Weinig vrijetijdsaanbod voor jongeren']);
  });

  it('starts the copy without the dismissed findings of the original (they name its elements)', () => {
    const f = twoRisks();
    ops.dismissFinding(f.doc, f.youth, { key: `S11::${f.youth}`, ruleId: 'S11', target: { table: 'risks', id: f.youth }, by: '', reason: '' });
    const copy = ops.duplicateRisk(f.doc, f.youth);
    expect(f.doc.risks[f.youth]!.dismissedFindings).toHaveLength(1);
    expect(f.doc.risks[copy]!.dismissedFindings).toEqual([]);
  });

  it('keeps linked concepts linked and copies the others', () => {
    const f = twoRisks();
    const copy = ops.duplicateRisk(f.doc, f.youth);
    const { doc } = f;
    const [home, boredom] = causeLines(doc, copy);
    expect(home!.cause.id).toBe(f.homeCause);
    expect(causeUsage(doc, f.homeCause)).toBe(3);
    expect(boredom!.cause.id).not.toBe(doc.riskCauses[f.boredom]!.causeId);
    expect(measureUsage(doc, f.teamsMeasure)).toBe(3);
    // the unshared measure on the boredom path is a copy; editing it leaves the original alone
    const copiedWork = placementsOnPath(doc, boredom!.line.id)[0]!;
    expect(copiedWork.measureId).not.toBe(doc.placements[f.youthWork]!.measureId);
    ops.updateMeasure(doc, copiedWork.measureId, { label: 'Gewijzigd' });
    expect(doc.measures[doc.placements[f.youthWork]!.measureId]!.label).toBe('Ambulant jongerenwerk');
  });

  it('copies escalation factors with their measures, scores and layout nudges', () => {
    const f = twoRisks();
    ops.setScore(f.doc, f.youth, 'impact', 3);
    ops.setOverride(f.doc, f.youth, `measure:${f.youthWork}`, { dx: 10, dy: 20 });
    const copy = ops.duplicateRisk(f.doc, f.youth);
    const { doc } = f;
    const boredom = causeLines(doc, copy)[1]!;
    const work = placementsOnPath(doc, boredom.line.id)[0]!;
    const [factor] = escalationFactorsOf(doc, work.id);
    expect(factor!.label).toBe('Wachtlijsten doordat jongerenwerkers vertrekken');
    expect(placementsOnPath(doc, factor!.id).map((p) => doc.measures[p.measureId]!.label)).toEqual(['Vaste formatie jongerenwerk']);
    expect(Object.values(doc.scores).filter((s) => s.riskId === copy).map((s) => [s.criterion, s.value])).toEqual([['impact', 3]]);
    expect(Object.values(doc.layoutOverrides).find((o) => o.riskId === copy)!.nodeKey).toBe(`measure:${work.id}`);
  });
});
