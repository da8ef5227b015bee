import { describe, expect, it } from 'vitest';
import { validateDoc } from '../../../src/shared/model/integrity.ts';
import { publicationDoc } from '../../../src/shared/report/publication.ts';
import { reportFixture } from './fixture.ts';

const json = (x: unknown) => JSON.stringify(x);

describe('publicationDoc', () => {
  it('leaves out confidential risks, causes and measures and everything hanging on them', () => {
    const { doc, ids } = reportFixture();
    const pub = publicationDoc(doc);
    expect(json(pub)).not.toContain('GEHEIM');
    expect(pub.risks[ids['r3']!]).toBeUndefined();
    expect(Object.values(pub.scores).some((s) => s.riskId === ids['r3'])).toBe(false);
    expect(pub.causes[ids['secretCause']!]).toBeUndefined();
    expect(Object.values(pub.placements).some((p) => p.measureId === ids['secretMeasure'])).toBe(false);
  });

  it('keeps internal items unless asked to leave them out too', () => {
    const { doc, ids } = reportFixture();
    expect(publicationDoc(doc).measures[ids['internalMeasure']!]).toBeDefined();
    const strict = publicationDoc(doc, { omitInternal: true });
    expect(strict.measures[ids['internalMeasure']!]).toBeUndefined();
    expect(json(strict)).not.toContain('INTERN-MAATREGEL');
  });

  it('keeps a shared cause with the lines that remain, and escalation measures under surviving placements', () => {
    const { doc, ids } = reportFixture();
    const pub = publicationDoc(doc);
    expect(Object.values(pub.riskCauses).filter((l) => l.causeId === ids['home']).length).toBe(2);
    expect(pub.measures[ids['volunteers']!]).toBeDefined();
  });

  it('drops an escalation factor and its measures when the measure it weakens goes', () => {
    const { doc, ids } = reportFixture();
    doc.measures[ids['streetwork']!] = { ...doc.measures[ids['streetwork']!]!, confidentiality: 'confidential' };
    const pub = publicationDoc(doc);
    expect(Object.values(pub.escalationFactors)).toHaveLength(0);
    expect(pub.measures[ids['volunteers']!]).toBeUndefined();
  });

  it('gives a document that still passes the integrity check', () => {
    const { doc } = reportFixture();
    expect(validateDoc(doc)).toEqual([]);
    expect(validateDoc(publicationDoc(doc))).toEqual([]);
    expect(validateDoc(publicationDoc(doc, { omitInternal: true }))).toEqual([]);
  });
});
