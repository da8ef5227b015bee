import { describe, expect, it } from 'vitest';
import { scanDoc } from '../../../src/shared/privacy/scanDoc.ts';
import { publicationDoc } from '../../../src/shared/report/publication.ts';
import { reportFixture } from '../report/fixture.ts';

describe('scanDoc', () => {
  it('finds nothing certain in a project that describes phenomena and areas', () => {
    const { doc } = reportFixture();
    expect(scanDoc(doc, { minConfidence: 'medium' })).toEqual([]);
  });

  it('says where each finding is: which entity, which field, which risk', () => {
    const { doc, ids } = reportFixture();
    const r1 = ids['r1']!;
    doc.risks[r1] = { ...doc.risks[r1]!, evidence: 'Melding van bewoner, bel 06-12345678.' };
    doc.causes[ids['home']!] = { ...doc.causes[ids['home']!]!, description: 'Gezin op Kerkstraat 12 (BSN 111222333)' };
    doc.measures[ids['patrol']!] = { ...doc.measures[ids['patrol']!]!, budgetNote: 'contact: j.jansen@example.nl' };
    const found = scanDoc(doc, { minConfidence: 'medium' }).map((f) => ({ kind: f.kind, match: f.match, table: f.place.table, field: f.place.field, risk: f.place.riskCode }));
    expect(found).toEqual([
      { kind: 'phone', match: '06-12345678', table: 'risks', field: 'evidence', risk: 'R01' },
      { kind: 'address', match: 'Kerkstraat 12', table: 'causes', field: 'description', risk: 'R01' },
      { kind: 'bsn', match: '111222333', table: 'causes', field: 'description', risk: 'R01' },
      { kind: 'email', match: 'j.jansen@example.nl', table: 'measures', field: 'budgetNote', risk: 'R01' },
    ]);
  });

  it('scans goals and indicator fields and gives an excerpt with context', () => {
    const { doc, ids } = reportFixture();
    const r = doc.risks[ids['r2']!]!;
    doc.risks[r.id] = { ...r, goals: ['Nazorg voor slachtoffer (geb. 03-04-1990)'] };
    const [f] = scanDoc(doc, { minConfidence: 'medium' });
    expect(f).toMatchObject({ kind: 'birthDate', place: { table: 'risks', field: 'goals', riskCode: 'R02' } });
    expect(f!.excerpt).toContain('slachtoffer (geb. 03-04-1990)');
  });

  it('scans the reason a finding was ignored', () => {
    const { doc, ids } = reportFixture();
    const r = doc.risks[ids['r2']!]!;
    doc.risks[r.id] = { ...r, dismissedFindings: [{ key: `S11::${r.id}`, ruleId: 'S11', target: { table: 'risks', id: r.id }, by: '', at: r.updatedAt, reason: 'Overlegd met wijkagent, 06-12345678' }] };
    const [f] = scanDoc(doc, { minConfidence: 'medium' });
    expect(f).toMatchObject({ kind: 'phone', place: { table: 'risks', field: 'dismissedFindings.reason', riskCode: 'R02' } });
  });

  it('reports possible names only as low-confidence hints, and knows the project’s own areas', () => {
    const { doc, ids } = reportFixture();
    const r = doc.risks[ids['r4']!]!;
    doc.risks[r.id] = { ...r, description: 'Volgens Piet de Boer is het onrustig bij het Stationsplein in Noord.' };
    const found = scanDoc(doc);
    expect(found.map((f) => [f.kind, f.match, f.confidence])).toEqual([['name', 'Piet de Boer', 'low']]);
  });

  it('scanned after the publication filter, does not report what a publication leaves out', () => {
    const { doc, ids } = reportFixture();
    doc.causes[ids['secretCause']!] = { ...doc.causes[ids['secretCause']!]!, description: 'dossiernummer 2024-00123' };
    expect(scanDoc(doc, { minConfidence: 'high' }).map((f) => f.kind)).toEqual(['caseNumber']);
    expect(scanDoc(publicationDoc(doc), { minConfidence: 'high' })).toEqual([]);
  });

  it('reads every text a user can type: the project, own themes, areas, partners and the scales', () => {
    const { doc } = reportFixture();
    const theme = Object.values(doc.themes)[0]!;
    doc.themes[theme.id] = { ...theme, label: 'Overlast rond Kerkstraat 12' };
    const area = Object.values(doc.areas)[0]!;
    doc.areas[area.id] = { ...area, name: 'Hofje bij 1234 AB 5' };
    const partner = Object.values(doc.partners)[0]!;
    doc.partners[partner.id] = { ...partner, role: 'contactpersoon: j.jansen@example.nl' };
    const [first, ...rest] = doc.project.scales.likelihood;
    doc.project = { ...doc.project, period: 'bel 06-12345678', scales: { ...doc.project.scales, likelihood: [{ ...first!, anchor: 'zoals bij de heer Jansen' }, ...rest] } };
    const found = scanDoc(doc, { minConfidence: 'medium' }).map((f) => [f.kind, f.place.table, f.place.field]);
    expect(found).toEqual([
      ['phone', 'project', 'period'],
      ['name', 'project', 'scales.likelihood.anchor'],
      ['email', 'partners', 'role'],
      ['address', 'areas', 'name'],
      ['address', 'themes', 'label'],
    ]);
  });

  it('does not read ids, codes or the bookkeeping of the file as text', () => {
    const { doc } = reportFixture();
    expect(scanDoc(doc).filter((f) => f.kind !== 'name')).toEqual([]);
  });

  it('warns on a small count next to one of the project’s buurten, with a threshold the caller sets', () => {
    const { doc, ids } = reportFixture();
    const r = doc.risks[ids['r1']!]!;
    doc.risks[r.id] = { ...r, evidence: 'Rond het Stationsplein: 4 woninginbraken en 7 meldingen van overlast.' };
    expect(scanDoc(doc, { minConfidence: 'medium' }).map((f) => f.match)).toEqual(['4 woninginbraken']);
    expect(scanDoc(doc, { minConfidence: 'medium', smallCountBelow: 10 }).map((f) => f.match)).toEqual(['4 woninginbraken', '7 meldingen']);
  });
});
