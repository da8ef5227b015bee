/**
 * The bundled bow-tie templates: at least ten themes, each valid, and each method-clean — applied
 * to an empty risk they give a bow-tie with zero findings of the method rules (the risk is
 * scored first, because scoring (S11) is the municipality's own work, not the template's).
 */
import { describe, expect, it } from 'vitest';
import { readBundledTemplates, readStarterList } from '../../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { checkRisk } from '../../../src/shared/rules/checkRisk.ts';
import { applyTemplate } from '../../../src/shared/templates/applyTemplate.ts';
import { KERNBELEID } from '../../../src/shared/taxonomy/kernbeleid.ts';

const templates = readBundledTemplates(sourceResourcesDir());

function emptyScoredRisk() {
  const doc = newProjectDoc({ title: 'Sjablonen' });
  const riskId = addRisk(doc, { title: 'Te analyseren risico', status: 'selected' });
  setScore(doc, riskId, 'likelihood', 3);
  setScore(doc, riskId, 'impact', 3);
  return { doc, riskId };
}

describe('bundled templates', () => {
  it('cover at least the ten frequent themes, each with named sources and a Kernbeleid theme', () => {
    const ids = templates.map((t) => t.id);
    for (const id of ['woninginbraak', 'jeugdoverlast', 'huiselijk-geweld', 'drugshandel-ondermijning', 'verward-gedrag', 'uitgaansgeweld', 'evenementen', 'polarisatie-radicalisering', 'online-criminaliteit', 'verkeersveiligheid']) {
      expect(ids).toContain(id);
    }
    const themes = new Set(KERNBELEID.map((e) => e.code));
    for (const t of templates) {
      expect(t.sources.length, t.id).toBeGreaterThanOrEqual(3);
      expect(themes.has(t.theme!), t.id).toBe(true);
    }
  });

  it('every template the starter list points to exists', () => {
    const ids = new Set(templates.map((t) => t.id));
    for (const r of readStarterList(sourceResourcesDir()).risks) if (r.template) expect(ids.has(r.template), r.key).toBe(true);
  });

  for (const template of templates) {
    it(`${template.id}: applied to an empty risk, the method rules find nothing`, () => {
      const { doc, riskId } = emptyScoredRisk();
      const result = applyTemplate(doc, riskId, template);
      expect(result.added.causes).toBe(template.causes.length);
      expect(result.added.consequences).toBe(template.consequences.length);
      expect(result.added.measures).toBe(template.measures.length);
      expect(result.linked).toEqual({ causes: 0, consequences: 0, measures: 0 });
      const risk = doc.risks[riskId]!;
      expect(risk.hazard).toBe(template.hazard);
      expect(risk.centralEvent).toBe(template.centralEvent);
      const findings = checkRisk(doc, riskId).map((f) => `${f.ruleId} ${JSON.stringify(f.params)}`);
      expect(findings).toEqual([]);
      // Every measure has its owner from the default partner list (or the one partner the template names).
      expect(Object.values(doc.measures).every((m) => m.ownerId !== null && doc.partners[m.ownerId])).toBe(true);
    });
  }
});
