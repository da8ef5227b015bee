/** Search finds risks by code and title, and causes, consequences, measures, partners and areas by name. */
import { describe, expect, it } from 'vitest';
import { searchDoc } from '../../../src/shared/model/search.ts';
import { filterRows, NO_FILTER } from '../../../src/shared/register/filterRows.ts';
import { registerRows } from '../../../src/shared/register/registerRows.ts';
import { builder } from '../layout/build.ts';

function project() {
  const b = builder();
  const r1 = b.risk({ code: 'R1', title: 'Overlast uitgaansgebied' });
  const r2 = b.risk({ code: 'R2', title: 'Drugscriminaliteit' });
  const c1 = b.cause(r1, 'Alcoholgebruik jongeren');
  const g2 = b.consequence(r2, 'Verloedering van de wijk');
  const police = b.partner('Politie Oost-Brabant');
  const m1 = b.measure(r1, 'cause', c1, 'Cameratoezicht Stationsplein', { ownerId: police });
  const m2 = b.measure(r2, 'consequence', g2, 'Buurtpreventie-app');
  const e1 = b.escalation(m1, 'Camera’s vaak defect');
  const areaId = b.id();
  b.doc.areas[areaId] = { id: areaId, createdAt: '', updatedAt: '', name: 'Binnenstad', kind: 'district', cbsCode: null, parentId: null };
  b.doc.risks[r2]!.areaIds = [areaId];
  return { b, r1, r2, c1, g2, m1, m2, e1, police, areaId };
}

describe('searchDoc', () => {
  it('finds a measure by part of its label, ignoring case and accents, with where it stands', () => {
    const { b, r1, m1 } = project();
    const hits = searchDoc(b.doc, 'CAMERATOEZICHT station');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'measure', label: 'Cameratoezicht Stationsplein', riskId: r1, placeId: m1, riskCodes: ['R1'] });
  });

  it('finds causes, consequences, escalation factors, partners and areas, not only risks', () => {
    const { b, c1, g2, e1, police, areaId } = project();
    const kindOf = (q: string) => searchDoc(b.doc, q).map((h) => [h.kind, h.placeId ?? h.id]);
    expect(kindOf('alcohol')).toEqual([['cause', c1]]);
    expect(kindOf('verloedering')).toEqual([['consequence', g2]]);
    expect(kindOf("camera's defect")).toEqual([['escalation', e1]]);
    expect(kindOf('politie')).toEqual([['partner', police]]);
    expect(kindOf('binnenstad')).toEqual([['area', areaId]]);
    expect(kindOf('R2')[0]).toEqual(['risk', expect.any(String)]);
  });

  it('ranks a label that starts with the query first, and finds nothing for an empty query', () => {
    const { b } = project();
    expect(searchDoc(b.doc, 'buurt').map((h) => h.label)).toEqual(['Buurtpreventie-app']);
    expect(searchDoc(b.doc, '   ')).toEqual([]);
  });
});

describe('the register search box', () => {
  it('keeps a risk when one of its causes, measures, owners, escalation factors or areas matches', () => {
    const { b } = project();
    const rows = registerRows(b.doc);
    const codes = (text: string) => filterRows(rows, { ...NO_FILTER, text }).map((r) => r.risk.code);
    expect(codes('alcoholgebruik')).toEqual(['R1']);
    expect(codes('buurtpreventie')).toEqual(['R2']);
    expect(codes('politie oost')).toEqual(['R1']);
    expect(codes('defect')).toEqual(['R1']);
    expect(codes('binnenstad')).toEqual(['R2']);
    expect(codes('drugscriminaliteit')).toEqual(['R2']);
    expect(codes('nergens')).toEqual([]);
  });
});
