/**
 * Applying a template reuses what the project has: same label → link, never a duplicate; what is
 * already in the bow-tie stays; the risk's own hazard and event are kept; the whole application
 * is one edit (its undo in the store: tests/renderer/store/templateUndo.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readBundledTemplates } from '../../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addCause } from '../../../src/shared/model/ops/causes.ts';
import { addMeasure } from '../../../src/shared/model/ops/measures.ts';
import { deletePartner } from '../../../src/shared/model/ops/partners.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { countEntities } from '../../../src/shared/model/doc.ts';
import { checkRisk } from '../../../src/shared/rules/checkRisk.ts';
import { applyTemplate } from '../../../src/shared/templates/applyTemplate.ts';
import { checkTemplate } from '../../../src/shared/templates/template.ts';
import { ownTemplateId, templateFromRisk } from '../../../src/shared/templates/fromRisk.ts';

const templates = new Map(readBundledTemplates(sourceResourcesDir()).map((t) => [t.id, t]));
const tpl = (id: string) => templates.get(id)!;

describe('applyTemplate', () => {
  it('links a cause and a measure another risk already has instead of duplicating them', () => {
    const doc = newProjectDoc({ title: 'T' });
    const other = addRisk(doc, { title: 'Woonoverlast' });
    const line = addCause(doc, other, { label: 'financiële stress en schulden in het gezin' });
    addMeasure(doc, { pathKind: 'cause', pathId: line, label: 'Vroegsignalering van betalingsachterstanden en schuldhulp.' });
    const riskId = addRisk(doc, { title: 'Huiselijk geweld' });
    const result = applyTemplate(doc, riskId, tpl('huiselijk-geweld'));
    expect(result.linked).toEqual({ causes: 1, consequences: 0, measures: 1 });
    const causes = Object.values(doc.causes).filter((c) => c.label.toLowerCase().startsWith('financiële stress'));
    expect(causes).toHaveLength(1);
    expect(Object.values(doc.measures).filter((m) => m.label.startsWith('Vroegsignalering van betalingsachterstanden'))).toHaveLength(1);
    // Linked, so rule S12 ("same label, not linked") has nothing to say.
    expect(checkRisk(doc, riskId, { rules: ['S12'] })).toEqual([]);
  });

  it('links the measures two templates share when both are applied in one project', () => {
    const doc = newProjectDoc({ title: 'T' });
    const a = addRisk(doc, { title: 'Jeugdoverlast' });
    const b = addRisk(doc, { title: 'Ondermijning' });
    applyTemplate(doc, a, tpl('jeugdoverlast'));
    const result = applyTemplate(doc, b, tpl('drugshandel-ondermijning'));
    expect(result.linked.measures).toBe(1);
    const convenant = Object.values(doc.measures).filter((m) => m.label === 'Convenant voor informatiedeling in het veiligheidsdomein');
    expect(convenant).toHaveLength(1);
    expect(new Set(Object.values(doc.placements).filter((p) => p.measureId === convenant[0]!.id).map((p) => p.riskId))).toEqual(new Set([a, b]));
  });

  it('applied twice adds nothing the second time, and keeps the risk’s own hazard and event', () => {
    const doc = newProjectDoc({ title: 'T' });
    const riskId = addRisk(doc, { title: 'Inbraak', hazard: 'Woningen in de wijk Noord', centralEvent: 'Inbraak in een woning in Noord' });
    applyTemplate(doc, riskId, tpl('woninginbraak'));
    const before = countEntities(doc);
    const again = applyTemplate(doc, riskId, tpl('woninginbraak'));
    expect(again.added).toEqual({ causes: 0, consequences: 0, measures: 0, escalationFactors: 0, partners: 0 });
    expect(countEntities(doc)).toEqual(before);
    expect(doc.risks[riskId]).toMatchObject({ hazard: 'Woningen in de wijk Noord', centralEvent: 'Inbraak in een woning in Noord' });
  });

  it('adds a missing owner from the default partner list', () => {
    const doc = newProjectDoc({ title: 'T' });
    const halt = Object.values(doc.partners).find((p) => p.name === 'Halt')!;
    deletePartner(doc, halt.id);
    const riskId = addRisk(doc, { title: 'Jeugd' });
    expect(applyTemplate(doc, riskId, tpl('jeugdoverlast')).added.partners).toBe(1);
    const again = Object.values(doc.partners).find((p) => p.name === 'Halt')!;
    expect(again).toMatchObject({ kind: 'justice', domain: 'social' });
    expect(Object.values(doc.measures).find((m) => m.label === 'Halt-afdoening bij lichte delicten')!.ownerId).toBe(again.id);
  });
});

describe('checkTemplate', () => {
  const base = () => JSON.parse(JSON.stringify(tpl('woninginbraak')));
  it('refuses a path naming an unknown measure, a factor below a measure of another path, an unused measure', () => {
    const a = base();
    a.causes[0].measures.push('bestaat-niet');
    expect(() => checkTemplate(a)).toThrow(/causes\[0\]\.measures\[2\].*bestaat-niet/);
    const b = base();
    b.causes[0].escalation[0].on = 'surveillance';
    expect(() => checkTemplate(b)).toThrow(/escalation\[0\]\.on/);
    const c = base();
    c.measures.push({ key: 'los', label: 'Losse maatregel', status: 'existing', effectiveness: 'good' });
    expect(() => checkTemplate(c)).toThrow(/“los” staat op geen enkel pad/);
  });
});

describe('templateFromRisk (save a bow-tie as an own template)', () => {
  it('keeps every element, the sharing of measures and the owners; applied again it rebuilds the same bow-tie', () => {
    const doc = newProjectDoc({ title: 'T' });
    const riskId = addRisk(doc, { title: 'Uitgaan' });
    applyTemplate(doc, riskId, tpl('uitgaansgeweld'));
    const own = templateFromRisk(doc, riskId, 'Uitgaansgeweld Centrum');
    expect(own.id).toBe('eigen-uitgaansgeweld-centrum');
    expect(own.theme).toBe('BV-2.3');
    expect(own.measures).toHaveLength(tpl('uitgaansgeweld').measures.length);
    expect(own.measures.find((m) => m.label === 'Cameratoezicht op uitgaanspleinen')).toMatchObject({ owner: 'oov', effectiveness: 'good', type: 'physical' });

    const fresh = newProjectDoc({ title: 'Elders' });
    const target = addRisk(fresh, { title: 'Uitgaan' });
    const result = applyTemplate(fresh, target, own);
    expect(result.added).toMatchObject({ causes: 4, consequences: 3, measures: own.measures.length, escalationFactors: 1 });
    expect(countEntities(fresh).placements).toBe(countEntities(doc).placements);
  });

  it('makes a plain id from any title', () => {
    expect(ownTemplateId('Overlast – Ñoord/Zuid!')).toBe('eigen-overlast-noord-zuid');
    expect(ownTemplateId('***')).toBe('eigen-sjabloon');
  });
});
