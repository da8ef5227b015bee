import { describe, expect, it } from 'vitest';
import { validateDoc } from '../../../../src/shared/model/integrity.ts';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { baseDoc } from '../arbitraries.ts';
import { twoRisks } from '../fixtures.ts';

const field = (doc: ReturnType<typeof baseDoc>, code: string) => Object.values(doc.themes).find((t) => t.code === code)!;

describe('partners', () => {
  it('deleting a partner leaves its measures without an owner', () => {
    const f = twoRisks();
    ops.updatePartner(f.doc, f.partner, { role: 'signalering' });
    ops.deletePartner(f.doc, f.partner);
    expect(f.doc.measures[f.teamsMeasure]!.ownerId).toBeNull();
    expect(validateDoc(f.doc)).toEqual([]);
  });
});

describe('areas', () => {
  it('nest, refuse cycles, and move sub-areas up when deleted', () => {
    const doc = baseDoc(1);
    const gm = ops.addArea(doc, { name: 'Gemeente Voorbeeld', kind: 'municipality', cbsCode: 'GM9999' });
    const kern = ops.addArea(doc, { name: 'Dorp', kind: 'village', parentId: gm });
    const hotspot = ops.addArea(doc, { name: 'Stationsplein', kind: 'hotspot', parentId: kern });
    expect(() => ops.updateArea(doc, gm, { parentId: hotspot })).toThrow(/binnen zichzelf/);
    expect(() => ops.updateArea(doc, gm, { parentId: gm })).toThrow(/binnen zichzelf/);
    expect(() => ops.addArea(doc, { name: 'Wijk', kind: 'district', cbsCode: 'WK12' })).toThrow(/cbsCode: heeft niet de juiste vorm/);
    const risk = ops.addRisk(doc, { title: 'Overlast', areaIds: [kern, hotspot] });
    ops.deleteArea(doc, kern);
    expect(doc.areas[hotspot]!.parentId).toBe(gm);
    expect(doc.risks[risk]!.areaIds).toEqual([hotspot]);
    expect(validateDoc(doc)).toEqual([]);
  });
});

describe('themes', () => {
  it('adds own fields and themes with free codes', () => {
    const doc = baseDoc(1);
    const own = ops.addTheme(doc, { label: 'Digitale veiligheid' });
    const sub = ops.addTheme(doc, { label: 'Online oplichting', parentId: own });
    const vwl = ops.addTheme(doc, { label: 'Leefbaarheid', parentId: field(doc, 'VWL').id });
    expect([doc.themes[own]!.code, doc.themes[sub]!.code, doc.themes[vwl]!.code]).toEqual(['EV1', 'EV1-E1', 'VWL-E1']);
    expect(() => ops.addTheme(doc, { label: 'x', parentId: sub })).toThrow(/moet een veiligheidsveld zijn/);
  });

  it('moves a theme to another field, but never turns a field with themes into a theme', () => {
    const doc = baseDoc(1);
    const theme = field(doc, 'VWL-1.1');
    ops.updateTheme(doc, theme.id, { parentId: field(doc, 'JV').id });
    expect(doc.themes[theme.id]!.parentId).toBe(field(doc, 'JV').id);
    expect(() => ops.updateTheme(doc, field(doc, 'BV').id, { parentId: field(doc, 'JV').id })).toThrow(/met thema’s/);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('deleting a theme moves its risks to the field; deleting a field unclassifies them', () => {
    const doc = baseDoc(1);
    const theme = field(doc, 'JV-3.3');
    const risk = ops.addRisk(doc, { title: 'Jeugd en alcohol', themeId: theme.id });
    ops.deleteTheme(doc, theme.id);
    expect(doc.risks[risk]!.themeId).toBe(field(doc, 'JV').id);
    ops.deleteTheme(doc, field(doc, 'JV').id);
    expect(doc.risks[risk]!.themeId).toBeNull();
    expect(Object.values(doc.themes).some((t) => t.code.startsWith('JV'))).toBe(false);
    expect(validateDoc(doc)).toEqual([]);
  });
});
