/**
 * Every field a user can fill for the reports replaces its placeholder: a project with its
 * details, every IVP field of its priorities (description, evidence, goals, indicators,
 * capacity, budget, partners' roles, policy relations, residual risk, motivering) and every
 * measure field exported to .docx has no "[Nog in te vullen: …]" left in its IVP chapters, and
 * none in the IVRP for those fields; title page, footer and file names carry the details.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ivpDocx, ivrpDocx } from '../../../src/main/export/ivrpReport.ts';
import { runExport } from '../../../src/main/export/runExport.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { updateProject } from '../../../src/shared/model/ops/project.ts';
import { updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { fill } from '../../../src/shared/report/fmt.ts';
import { reportNl } from '../../../src/shared/report/text/nl.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { docxText, unzipDocx } from './inspect.ts';

const gapOf = (what: string) => fill(reportNl.placeholder, { what });

/** The report fixture with every field the app offers filled in, as an advisor would. */
function filledProject(): ProjectDoc {
  const { doc, ids } = reportFixture();
  updateProject(doc, { municipalityCode: 'GM0999', organisation: 'Gemeente Teststad, team OOV', author: 'Adviseur integrale veiligheid', version: '0.3', status: 'draft' });
  const partners = Object.keys(doc.partners);
  for (const m of Object.values(doc.measures)) {
    m.ownerId ??= ids['youth']!;
    m.plannedYear ??= 2028;
    if (!m.budgetNote) m.budgetNote = 'binnen bestaand budget';
  }
  for (const risk of Object.values(doc.risks).filter((r) => r.priorityAdvice === 'priority')) {
    updateRisk(doc, risk.id, {
      description: `Aanleiding voor ${risk.title}: meldingen stijgen al drie jaar.`,
      evidence: 'Politie, meldingen 2023–2025; Veiligheidsmonitor 2025.',
      goals: ['Minder meldingen in 2030 dan in 2025.'],
      indicators: [{ id: '00000000-0000-4000-8000-00000000aa01', indicator: 'Meldingen per 1.000 inwoners', source: 'Politie', baseline: '12', baselineYear: 2025, target: '9', measureMoment: 'jaarlijks' }],
      resources: '0,5 fte coördinator',
      budget: '€ 40.000 per jaar',
      partnerRoles: partners.map((partnerId, i) => ({ partnerId, role: (['lead', 'execution', 'information'] as const)[i % 3]!, note: '' })),
      policyRelations: 'Sluit aan bij het jeugdbeleid en de Wmo.',
      priorityReason: `Hoogste score voor ${risk.title} en een stijgende trend.`,
    });
    setScore(doc, risk.id, 'residual.likelihood', 2);
    setScore(doc, risk.id, 'residual.impact', 3);
  }
  return doc;
}

describe('a project with every field filled', () => {
  const doc = filledProject();
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-filled-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has IVP chapters without a single placeholder, showing what was filled', async () => {
    const parts = await unzipDocx(await ivpDocx(doc, { date: '2026-12-02' }));
    const text = docxText(parts.document);
    expect(text.match(/\[Nog in te vullen[^\]]*\]/g) ?? []).toEqual([]);
    for (const shown of ['meldingen stijgen al drie jaar', 'Veiligheidsmonitor 2025', 'Minder meldingen in 2030', 'Meldingen per 1.000 inwoners', '12 (2025)', 'jaarlijks', 'Capaciteit: 0,5 fte coördinator', 'Budget: € 40.000 per jaar', 'regie', 'Sluit aan bij het jeugdbeleid en de Wmo.', 'Restrisico na maatregelen: 2 × 3 = 6', 'binnen bestaand budget']) {
      expect(text).toContain(shown);
    }
    expect(parts.footers.join('')).toContain('versie 0.3');
  }, 60_000);

  it('has an IVRP whose title page, footer and priorities chapter carry the details and the motivering', async () => {
    const parts = await unzipDocx(await ivrpDocx(doc, { date: '2026-12-02' }));
    const text = docxText(parts.document);
    for (const filled of [reportNl.ivrp.conclusionsWhy, reportNl.ivrp.periodMissing]) expect(text).not.toContain(gapOf(filled));
    expect(text).not.toMatch(/Nog in te vullen: de motivering/);
    for (const shown of ['Status: concept, versie 0.3', 'Opgesteld door: Gemeente Teststad, team OOV', 'Auteur: Adviseur integrale veiligheid', 'CBS-gemeentecode: GM0999', 'Motivering van de keuze:', 'Hoogste score voor Jeugdoverlast in Noord en een stijgende trend.']) {
      expect(text).toContain(shown);
    }
    expect(parts.footers.join('')).toContain('IVRP Gemeente Teststad — versie 0.3');
  }, 60_000);

  it('names the exported files with the version and status', async () => {
    const folder = join(dir, 'export');
    const outputs = (['ivrp', 'ivp'] as const).map((kind) => ({ kind, to: { folder } }));
    await runExport(doc, { outputs, publication: false, omitInternal: false, scale: 1, date: '2026-12-02' }, { printer: () => { throw new Error('geen PDF gevraagd'); } });
    expect(readdirSync(folder).sort()).toEqual(['IVP Gemeente Teststad uitwerking prioriteiten v0.3 concept.docx', 'IVRP Gemeente Teststad 2026 v0.3 concept.docx']);
    expect(readFileSync(join(folder, 'IVRP Gemeente Teststad 2026 v0.3 concept.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('a priority without motivering keeps a placeholder naming it', async () => {
    const partly = filledProject();
    const first = Object.values(partly.risks).find((r) => r.priorityAdvice === 'priority' && r.confidentiality === 'public')!;
    updateRisk(partly, first.id, { priorityReason: '' });
    const text = docxText((await unzipDocx(await ivrpDocx(partly, { date: '2026-12-02' }))).document);
    expect(text).toContain(gapOf(fill(reportNl.ivrp.conclusionsReasonMissing, { risk: first.code })));
  }, 60_000);
});
