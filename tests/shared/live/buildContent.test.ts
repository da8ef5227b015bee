/** What a session may send to phones: built from the document by one function, and nothing more. */
import { describe, expect, it } from 'vitest';
import { buildLiveContent, liveCriteria } from '../../../src/shared/live/buildContent.ts';
import { MAX_LIVE_DESCRIPTION } from '../../../src/shared/live/content.ts';
import { CheckError } from '../../../src/shared/model/check.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';

const WORDS = { likelihood: 'Kans', impact: 'Impact' };

function doc() {
  const d = newProjectDoc({ title: 'T' });
  const open = addRisk(d, { title: 'Woninginbraken' });
  const internal = addRisk(d, { title: 'Intern risico' });
  const secret = addRisk(d, { title: 'Geheim risico' });
  d.risks[open]!.description = `Veel inbraken.\n\n${'Lang verhaal over de aanpak. '.repeat(60)}`;
  d.risks[open]!.hazard = 'niet naar telefoons';
  d.risks[internal]!.confidentiality = 'internal';
  d.risks[secret]!.confidentiality = 'confidential';
  return { d, open, internal, secret };
}

describe('liveCriteria', () => {
  it('offers likelihood, impact, the enabled impact dimensions and the enabled extra criteria, with their words', () => {
    const { d } = doc();
    d.project.scales.impactDimensions[0]!.enabled = true;
    const list = liveCriteria(d.project.scales, WORDS);
    expect(list.map((k) => k.id)).toEqual(['likelihood', 'impact', 'impact.persons', 'trend', 'influenceability', 'urgency', 'publicUnrest']);
    expect(list[0]!.options[2]).toEqual({ value: 3, code: '3', label: 'Mogelijk', anchor: 'ongeveer jaarlijks' });
    expect(list[2]!.label).toBe('Impact: Personen');
    expect(list[3]!.options.map((o) => `${o.value} ${o.label}`)).toEqual(['1 sterk dalend', '2 dalend', '3 stabiel', '4 stijgend', '5 sterk stijgend']);
  });
});

describe('buildLiveContent', () => {
  it('keeps only code, title and a short description of each risk', () => {
    const { d, open, internal } = doc();
    const content = buildLiveContent(d, { name: 'Sessie', riskIds: [open, internal], criterionIds: ['likelihood'], words: WORDS });
    expect(Object.keys(content.risks[0]!).sort()).toEqual(['code', 'description', 'id', 'title']);
    expect(content.risks[0]!.description.length).toBeLessThanOrEqual(MAX_LIVE_DESCRIPTION + 1);
    expect(content.risks[0]!.description).toMatch(/^Veel inbraken\. Lang verhaal.*…$/);
    expect(JSON.stringify(content)).not.toContain('niet naar telefoons');
  });

  it('refuses a confidential risk, an unknown risk, a disabled criterion and empty or doubled choices', () => {
    const { d, open, secret } = doc();
    const build = (riskIds: string[], criterionIds: string[]) => () => buildLiveContent(d, { name: 'S', riskIds, criterionIds, words: WORDS });
    expect(build([secret], ['likelihood'])).toThrow(/vertrouwelijk/);
    expect(build(['nope'], ['likelihood'])).toThrow(CheckError);
    expect(build([open], ['evidence'])).toThrow(/ingeschakeld criterium/);
    expect(build([], ['likelihood'])).toThrow(/ten minste één risico/);
    expect(build([open], [])).toThrow(/ten minste één criterium/);
    expect(build([open, open], ['likelihood'])).toThrow(/twee keer/);
    expect(build([open], ['impact', 'impact'])).toThrow(/twee keer/);
  });
});
