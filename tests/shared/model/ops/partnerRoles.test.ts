/** Partners' roles on a risk (IVP "Met wie?"): checked references, one per partner, gone with the partner. */
import { describe, expect, it } from 'vitest';
import { validateDoc } from '../../../../src/shared/model/integrity.ts';
import { newProjectDoc } from '../../../../src/shared/model/newProject.ts';
import { addPartner, deletePartner } from '../../../../src/shared/model/ops/partners.ts';
import { addRisk, updateRisk } from '../../../../src/shared/model/ops/risks.ts';

function setup() {
  const doc = newProjectDoc({ title: 'Rollen', partners: false });
  const risk = addRisk(doc, { title: 'Jeugdoverlast' });
  const police = addPartner(doc, { name: 'Politie', kind: 'police' });
  const school = addPartner(doc, { name: 'School', kind: 'education' });
  return { doc, risk, police, school };
}

describe('partners roles on a risk', () => {
  it('are kept with their role and note', () => {
    const { doc, risk, police } = setup();
    updateRisk(doc, risk, { partnerRoles: [{ partnerId: police, role: 'lead', note: 'voert de regie' }] });
    expect(doc.risks[risk]!.partnerRoles).toEqual([{ partnerId: police, role: 'lead', note: 'voert de regie' }]);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('refuse an unknown partner and a partner named twice', () => {
    const { doc, risk, police } = setup();
    expect(() => updateRisk(doc, risk, { partnerRoles: [{ partnerId: '00000000-0000-4000-8000-000000000001', role: 'lead', note: '' }] })).toThrow(/partnerRoles\[0\]\.partnerId/);
    expect(() =>
      updateRisk(doc, risk, {
        partnerRoles: [
          { partnerId: police, role: 'lead', note: '' },
          { partnerId: police, role: 'information', note: '' },
        ],
      }),
    ).toThrow(/staat er twee keer in/);
  });

  it('go with the partner when it is deleted; the others stay', () => {
    const { doc, risk, police, school } = setup();
    updateRisk(doc, risk, {
      partnerRoles: [
        { partnerId: police, role: 'lead', note: '' },
        { partnerId: school, role: 'execution', note: 'lessen' },
      ],
    });
    deletePartner(doc, police);
    expect(doc.risks[risk]!.partnerRoles).toEqual([{ partnerId: school, role: 'execution', note: 'lessen' }]);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('a dangling reference in a file is an integrity problem naming the field', () => {
    const { doc, risk, police } = setup();
    updateRisk(doc, risk, { partnerRoles: [{ partnerId: police, role: 'lead', note: '' }] });
    delete doc.partners[police];
    expect(validateDoc(doc)).toMatchObject([{ table: 'risks', id: risk, field: 'partnerRoles' }]);
  });
});
