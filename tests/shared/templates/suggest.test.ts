import { describe, expect, it } from 'vitest';
import { readBundledTemplates } from '../../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { suggestTemplates } from '../../../src/shared/templates/suggest.ts';

const templates = readBundledTemplates(sourceResourcesDir());

describe('suggestTemplates', () => {
  it('puts the template named like the risk first, then the others of its theme; the rest is not suggested', () => {
    const doc = newProjectDoc({ title: 'T' });
    const theme = Object.values(doc.themes).find((t) => t.code === 'VWL-1.3')!;
    const riskId = addRisk(doc, { title: 'Woninginbraak', themeId: theme.id });
    const out = suggestTemplates(doc, riskId, templates);
    expect(out[0]).toMatchObject({ template: { id: 'woninginbraak' }, suggested: true });
    expect(out[1]).toMatchObject({ template: { id: 'huiselijk-geweld' }, suggested: true });
    expect(out.slice(2).every((x) => !x.suggested)).toBe(true);
    expect(out).toHaveLength(templates.length);
  });

  it('without a theme or a matching title, nothing is suggested and all are listed alphabetically', () => {
    const doc = newProjectDoc({ title: 'T' });
    const riskId = addRisk(doc, { title: 'Iets heel anders' });
    const out = suggestTemplates(doc, riskId, templates);
    expect(out.some((x) => x.suggested)).toBe(false);
    expect(out.map((x) => x.template.title.nl)).toEqual([...out.map((x) => x.template.title.nl)].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
