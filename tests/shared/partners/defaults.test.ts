import { describe, expect, it } from 'vitest';
import { partnerCheck } from '../../../src/shared/model/entities.ts';
import { validateDoc } from '../../../src/shared/model/integrity.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { DEFAULT_PARTNERS } from '../../../src/shared/partners/defaults.ts';

describe('default partners', () => {
  it('a new project has the default partner list, each a valid partner', () => {
    const doc = newProjectDoc({ title: 'Nieuw' });
    const partners = Object.values(doc.partners);
    expect(partners.map((p) => p.name).sort()).toEqual(DEFAULT_PARTNERS.map((p) => p.name).sort());
    for (const p of partners) partnerCheck(p);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('covers the partners of the domain reference, with unique keys and names', () => {
    const names = DEFAULT_PARTNERS.map((p) => p.name).join(' | ');
    for (const expected of ['Politie', 'Openbaar Ministerie', 'RIEC', 'Veilig Thuis', 'Zorg- en Veiligheidshuis', 'Halt', 'GGD', 'Woningcorporaties', 'Jongerenwerk', 'Onderwijs', 'brandweer', 'boa’s', 'sociaal domein']) {
      expect(names).toContain(expected);
    }
    expect(new Set(DEFAULT_PARTNERS.map((p) => p.key)).size).toBe(DEFAULT_PARTNERS.length);
    expect(new Set(DEFAULT_PARTNERS.map((p) => p.name)).size).toBe(DEFAULT_PARTNERS.length);
  });

  it('can be left out', () => {
    expect(Object.keys(newProjectDoc({ title: 'Leeg', partners: false }).partners)).toHaveLength(0);
  });

  it('themes are ordered densely within each field', () => {
    const doc = newProjectDoc({ title: 'Nieuw' });
    const themes = Object.values(doc.themes);
    const fields = themes.filter((t) => t.parentId === null).sort((a, b) => a.order - b.order);
    expect(fields.map((f) => f.code)).toEqual(['VWL', 'BV', 'JV', 'FV', 'IV', 'DO']);
    for (const f of fields) {
      const children = themes.filter((t) => t.parentId === f.id).map((t) => t.order).sort((a, b) => a - b);
      expect(children).toEqual(children.map((_, i) => i));
    }
  });
});
