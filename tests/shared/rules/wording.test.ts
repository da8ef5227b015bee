import { describe, expect, it } from 'vitest';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { alone, trigger, wordsOf } from '../../../src/shared/rules/wording.ts';
import { findings, measure, riskWith } from './helpers.ts';

function causes(labels: string[]) {
  const { doc, risk } = riskWith();
  for (const label of labels) ops.addCause(doc, risk, { label });
  return { doc, risk };
}

describe('word matching', () => {
  it('matches whole words and phrases only', () => {
    expect(trigger(wordsOf('Brand in een stal'), ['brand'])).toBe('brand');
    expect(trigger(wordsOf('Brandweer rukt uit'), ['brand'])).toBeNull();
    expect(trigger(wordsOf('Gebrek aan toezicht'), ['gebrek aan'])).toBe('gebrek aan');
    expect(alone(wordsOf('Beter toezicht'), ['toezicht'])).toBe(true);
    expect(alone(wordsOf('Toezicht op naleving van het huisverbod'), ['toezicht'])).toBe(false);
  });
});

describe('T1 cause as a failing measure, T4 human error', () => {
  it('flags Dutch and English wording', () => {
    const { doc, risk } = causes(['Gebrek aan toezicht op erven', 'Onvoldoende verlichting', 'Lack of street lighting', 'Menselijke fout bij de bediening', 'Leegstand van stallen']);
    expect(findings(doc, risk, 'T1').map((f) => f[2])).toEqual(['Gebrek aan toezicht op erven', 'Onvoldoende verlichting', 'Lack of street lighting']);
    expect(findings(doc, risk, 'T4').map((f) => f[2])).toEqual(['Menselijke fout bij de bediening']);
  });
});

describe('T2 measure as an activity, T3 too generic', () => {
  it('flags activities and lone generic words', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    measure(doc, 'cause', cause, 'Training voor portiers');
    measure(doc, 'cause', cause, 'Overleg met de horeca');
    measure(doc, 'cause', cause, 'Beter toezicht');
    measure(doc, 'cause', cause, 'Cameratoezicht op het plein');
    expect(findings(doc, risk, 'T2').map((f) => f[2])).toEqual(['Training voor portiers', 'Overleg met de horeca']);
    expect(findings(doc, risk, 'T3').map((f) => f[2])).toEqual(['Beter toezicht']);
  });
});

describe('T5 consequence as damage type', () => {
  it('flags a damage word on its own, not an event that mentions damage', () => {
    const { doc, risk } = riskWith();
    ops.addConsequence(doc, risk, { label: 'Imagoschade' });
    ops.addConsequence(doc, risk, { label: 'Letsel' });
    ops.addConsequence(doc, risk, { label: 'Schade aan winkelpanden door vernieling' });
    expect(findings(doc, risk, 'T5').map((f) => f[2])).toEqual(['Imagoschade', 'Letsel']);
  });
});

describe('T6 central event, T7 hazard', () => {
  it('flags a vague or disastrous event and a hazard written as an incident', () => {
    const vague = riskWith({ event: 'Verlies van controle' });
    expect(findings(vague.doc, vague.risk, 'T6')).toHaveLength(1);
    const disaster = riskWith({ event: 'Ramp met meerdere doden' });
    expect(findings(disaster.doc, disaster.risk, 'T6')).toHaveLength(1);
    const fine = riskWith({ event: 'Verlies van controle over de menigte bij de ingang' });
    expect(findings(fine.doc, fine.risk, 'T6')).toEqual([]);
    const hazard = riskWith({ hazard: 'Brand in een woning' });
    expect(findings(hazard.doc, hazard.risk, 'T7')).toEqual([['rule.T7', 'risks', 'Brand in een woning']]);
    const state = riskWith({ hazard: 'Opslag van brandbare stoffen bij de brandweerkazerne' });
    expect(findings(state.doc, state.risk, 'T7')).toEqual([]);
  });
});

describe('T8 escalation factor without a reason', () => {
  it('wants a reason such as "doordat" or "because"', () => {
    const { doc, risk } = riskWith();
    const cause = ops.addCause(doc, risk, { label: 'Drukte bij sluitingstijd' });
    const p = measure(doc, 'cause', cause, 'Portiers bij de deur');
    ops.addEscalationFactor(doc, p, { label: 'Te weinig portiers' });
    ops.addEscalationFactor(doc, p, { label: 'Te weinig portiers doordat de horeca bezuinigt' });
    ops.addEscalationFactor(doc, p, { label: 'Staff shortage because of budget cuts' });
    expect(findings(doc, risk, 'T8').map((f) => f[2])).toEqual(['Te weinig portiers']);
  });
});

describe('T9 label length', () => {
  it('flags one-word and very long labels', () => {
    const long = 'Een zeer lange omschrijving van een oorzaak die eigenlijk in de beschrijving thuishoort en niet in het label zelf';
    const { doc, risk } = causes(['Drugs', 'Drukte bij sluitingstijd', long]);
    expect(findings(doc, risk, 'T9').map((f) => f[0])).toEqual(['rule.T9.short', 'rule.T9.long']);
  });
});
