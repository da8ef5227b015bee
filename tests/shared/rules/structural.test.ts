import { describe, expect, it } from 'vitest';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { checkProject, checkRisk } from '../../../src/shared/rules/checkRisk.ts';
import { findings, measure, riskWith } from './helpers.ts';

describe('S1 hazard and central event', () => {
  it('asks for both when empty', () => {
    const { doc, risk } = riskWith({ hazard: '', event: '  ' });
    expect(findings(doc, risk, 'S1')).toEqual([['rule.S1.hazard', 'risks', undefined], ['rule.S1.event', 'risks', undefined]]);
    ops.updateRisk(doc, risk, { hazard: 'Alcohol', centralEvent: 'Overlast' });
    expect(findings(doc, risk, 'S1')).toEqual([]);
  });
});

describe('S2 at least one cause and one consequence', () => {
  it('reports each missing side', () => {
    const { doc, risk } = riskWith();
    expect(findings(doc, risk, 'S2').map((f) => f[0])).toEqual(['rule.S2.causes', 'rule.S2.consequences']);
    ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    expect(findings(doc, risk, 'S2').map((f) => f[0])).toEqual(['rule.S2.consequences']);
  });

  it('does not nag about a long-list risk without a bow-tie, but does about its scores', () => {
    const { doc, risk } = riskWith({ status: 'longlist', hazard: '' });
    ops.setScore(doc, risk, 'impact', null);
    expect(checkRisk(doc, risk).map((f) => f.messageKey)).toEqual(['rule.S11.missing']);
  });
});

describe('S3 / S4 paths without a measure', () => {
  it('flags a cause and a consequence with nothing on their path; a recorded missing measure counts', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    ops.addConsequence(doc, risk, { label: 'Gewonden bij een vechtpartij' });
    expect(findings(doc, risk, 'S3')).toEqual([['rule.S3', 'riskCauses', 'Drukte bij sluitingstijd']]);
    expect(findings(doc, risk, 'S4')).toEqual([['rule.S4', 'riskConsequences', 'Gewonden bij een vechtpartij']]);
    measure(doc, 'cause', cause, 'Gespreide sluitingstijden', { status: 'missing', effectiveness: 'unknown' });
    expect(findings(doc, risk, 'S3')).toEqual([]);
  });
});

describe('S5 sole protection and S13 white spot', () => {
  it('flags a path with one measure, and a path with only missing or weak measures', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    measure(doc, 'cause', cause, 'Cameratoezicht op het plein', { effectiveness: 'weak' });
    expect(findings(doc, risk, 'S5')).toEqual([['rule.S5', 'riskCauses', 'Drukte bij sluitingstijd']]);
    expect(findings(doc, risk, 'S13')).toEqual([['rule.S13', 'riskCauses', 'Drukte bij sluitingstijd']]);
    measure(doc, 'cause', cause, 'Gespreide sluitingstijden', { status: 'missing', effectiveness: 'unknown' });
    expect(findings(doc, risk, 'S5')).toEqual([]);
    expect(findings(doc, risk, 'S13')).toHaveLength(1);
    measure(doc, 'cause', cause, 'Portiers met een horecadiploma', { effectiveness: 'good' });
    expect(findings(doc, risk, 'S13')).toEqual([]);
  });
});

describe('S6 measure on no path', () => {
  it('is a project-wide finding', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    const p = measure(doc, 'cause', cause, 'Gespreide sluitingstijden');
    const m = doc.placements[p]!.measureId;
    ops.removePlacement(doc, p, { keepMeasure: true });
    const all = checkProject(doc);
    expect(all.get('')!.map((f) => [f.ruleId, f.entity.id, f.params['label']])).toEqual([['S6', m, 'Gespreide sluitingstijden']]);
  });
});

describe('S7 escalation factor without a measure', () => {
  it('flags the factor until a measure is placed against it', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    const p = measure(doc, 'cause', cause, 'Portiers bij de deur');
    const f = ops.addEscalationFactor(doc, p, { label: 'Portiers ontbreken doordat de horeca bezuinigt' });
    expect(findings(doc, risk, 'S7')).toEqual([['rule.S7', 'escalationFactors', 'Portiers ontbreken doordat de horeca bezuinigt']]);
    measure(doc, 'escalation', f, 'Vergunningvoorschrift voor portiers');
    expect(findings(doc, risk, 'S7')).toEqual([]);
  });
});

describe('S8 same measure twice, S9 common mode', () => {
  it('flags the repeat and two measures of one owner and type on one path', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    const a = measure(doc, 'cause', cause, 'Surveillance op het plein');
    ops.placeMeasure(doc, doc.placements[a]!.measureId, { pathKind: 'cause', pathId: cause });
    expect(findings(doc, risk, 'S8')).toEqual([['rule.S8', 'placements', 'Surveillance op het plein']]);
    measure(doc, 'cause', cause, 'Snelle inzet bij meldingen');
    const s9 = checkRisk(doc, risk, { rules: ['S9'] });
    expect(s9.map((f) => f.params)).toEqual([{ label: 'Snelle inzet bij meldingen', other: 'Surveillance op het plein', owner: 'Politie (basisteam, wijkagent)' }]);
  });
});

describe('S10 incomplete measure', () => {
  it('asks for an owner and an effectiveness, except the effectiveness of a missing measure', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    ops.addMeasure(doc, { pathKind: 'cause', pathId: cause, label: 'Portiers bij de deur' });
    ops.addMeasure(doc, { pathKind: 'cause', pathId: cause, label: 'Gespreide sluitingstijden', status: 'missing' });
    expect(findings(doc, risk, 'S10')).toEqual([
      ['rule.S10.owner', 'placements', 'Portiers bij de deur'],
      ['rule.S10.effectiveness', 'placements', 'Portiers bij de deur'],
      ['rule.S10.owner', 'placements', 'Gespreide sluitingstijden'],
    ]);
  });
});

describe('S11 scores', () => {
  it('asks for scores and flags a residual risk above the inherent risk', () => {
    const { doc, risk } = riskWith();
    ops.setScore(doc, risk, 'likelihood', null);
    expect(findings(doc, risk, 'S11').map((f) => f[0])).toEqual(['rule.S11.missing']);
    ops.setScore(doc, risk, 'likelihood', 2);
    ops.setScore(doc, risk, 'residual.likelihood', 3);
    ops.setScore(doc, risk, 'residual.impact', 3);
    expect(checkRisk(doc, risk, { rules: ['S11'] }).map((f) => [f.messageKey, f.params])).toEqual([['rule.S11.residual', { residual: 9, inherent: 6 }]]);
    ops.setScore(doc, risk, 'residual.likelihood', 1);
    expect(findings(doc, risk, 'S11')).toEqual([]);
  });
});

describe('S12 same label, not linked', () => {
  it('suggests linking causes and measures with the same text in other risks', () => {
    const { doc, risk } = riskWith();
    const other = ops.addRisk(doc, { title: 'Ander risico', status: 'selected' });
    const c1 = ops.addCause(doc, risk, { label: 'Problematische thuissituatie' });
    ops.addCause(doc, other, { label: 'problematische  thuissituatie.' });
    measure(doc, 'cause', c1, 'Wijkteams signaleren vroeg');
    const c2 = ops.addCause(doc, other, { label: 'Schulden' });
    measure(doc, 'cause', c2, 'Wijkteams signaleren vroeg');
    const s12 = checkRisk(doc, risk, { rules: ['S12'] });
    expect(s12.map((f) => [f.entity.table, f.params['risks']])).toEqual([['riskCauses', 'R02'], ['placements', 'R02']]);
    // once linked, the suggestion is gone
    ops.linkCause(doc, other, doc.riskCauses[c1]!.causeId);
    ops.removeRiskCause(doc, Object.values(doc.riskCauses).find((l) => l.riskId === other && doc.causes[l.causeId]!.label.startsWith('problematische'))!.id);
    expect(checkRisk(doc, risk, { rules: ['S12'] }).map((f) => f.entity.table)).toEqual(['placements']);
  });
});

describe('findings', () => {
  it('come in rule order, with stable keys, and can be dismissed', () => {
    const { doc, risk } = riskWith({ hazard: '' });
    const all = checkRisk(doc, risk);
    expect(all.map((f) => f.ruleId)).toEqual(['S1', 'S2', 'S2']);
    expect(all[0]!.key).toBe(`S1:hazard:${risk}`);
    expect(all[0]!.severity).toBe('warning');
    expect(checkRisk(doc, risk, { dismissed: new Set([all[0]!.key]) }).map((f) => f.ruleId)).toEqual(['S2', 'S2']);
  });
});
