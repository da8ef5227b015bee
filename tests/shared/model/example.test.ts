/**
 * The bundled example project "Gemeente Voorbeeld": it loads and validates, has the three
 * worked-out bow-ties with their links, and the file in resources is what the script builds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExampleDoc } from '../../../src/shared/model/interchange.ts';
import { validateDoc } from '../../../src/shared/model/integrity.ts';
import { causeLines, consequenceLines, escalationFactorsOf, indexDoc, placementsOnPath, risksInOrder } from '../../../src/shared/model/query.ts';
import { CBS_CODE_RE } from '../../../src/shared/model/vocab.ts';
import { scanDoc } from '../../../src/shared/privacy/scanDoc.ts';
import { buildExampleJson } from '../../../scripts/example/buildExample.ts';

const path = new URL('../../../resources/examples/gemeente-voorbeeld.json', import.meta.url);
const json = readFileSync(path, 'utf8');
const doc = loadExampleDoc(JSON.parse(json));

describe('example project Gemeente Voorbeeld', () => {
  it('is up to date with scripts/build-example.ts (rerun it after changing the example)', () => {
    expect(json).toBe(buildExampleJson());
  });

  it('loads through the interchange checks and passes the integrity check', () => {
    expect(validateDoc(doc)).toEqual([]);
    expect(doc.project.municipality).toBe('Gemeente Voorbeeld');
  });

  it('has a register of about twelve risks across the Kernbeleid fields, all scored with an advice', () => {
    const risks = risksInOrder(doc);
    expect(risks.length).toBeGreaterThanOrEqual(10);
    const fields = new Set(risks.map((r) => {
      const theme = doc.themes[r.themeId!]!;
      return theme.parentId ?? theme.id;
    }));
    expect(fields.size).toBeGreaterThanOrEqual(5);
    const ix = indexDoc(doc);
    for (const r of risks) {
      const criteria = new Set((ix.scoresByRisk.get(r.id) ?? []).map((s) => s.criterion));
      for (const c of ['likelihood', 'impact', 'trend', 'influenceability', 'urgency', 'publicUnrest']) expect(criteria, `${r.code} ${c}`).toContain(c);
      expect(r.priorityAdvice).not.toBeNull();
    }
  });

  it('has areas with valid CBS codes and a hot spot', () => {
    const areas = Object.values(doc.areas);
    expect(areas.some((a) => a.kind === 'hotspot')).toBe(true);
    expect(areas.filter((a) => a.cbsCode).every((a) => CBS_CODE_RE.test(a.cbsCode!))).toBe(true);
    expect(areas.map((a) => a.kind)).toEqual(expect.arrayContaining(['municipality', 'village', 'district', 'neighbourhood']));
  });

  it('works out three bow-ties in full', () => {
    const worked = risksInOrder(doc).filter((r) => r.status === 'workedOut');
    expect(worked.map((r) => r.title)).toEqual(['Drugslabs en drugsopslag in leegstaande agrarische panden', 'Jeugdoverlast met alcoholgebruik', 'Huiselijk geweld']);
    for (const r of worked) {
      const causes = causeLines(doc, r.id);
      const consequences = consequenceLines(doc, r.id);
      expect(causes.length).toBeGreaterThanOrEqual(4);
      expect(causes.length).toBeLessThanOrEqual(6);
      expect(consequences.length).toBeGreaterThanOrEqual(3);
      expect(consequences.length).toBeLessThanOrEqual(5);
      const placements = [...causes, ...consequences].flatMap((l) => placementsOnPath(doc, l.line.id));
      const measures = placements.map((p) => doc.measures[p.measureId]!);
      expect(measures.every((m) => m.ownerId && m.domain && m.chainLink)).toBe(true);
      expect(measures.some((m) => m.status === 'missing')).toBe(true);
      const factors = placements.flatMap((p) => escalationFactorsOf(doc, p.id));
      expect(factors.length).toBeGreaterThanOrEqual(1);
      expect(factors.length).toBeLessThanOrEqual(2);
      for (const f of factors) expect(placementsOnPath(doc, f.id).length).toBeGreaterThan(0);
      expect(r.hazard && r.centralEvent).toBeTruthy();
      expect(r.goals.length).toBeGreaterThan(0);
      expect(r.indicators.length).toBeGreaterThan(0);
      for (const i of r.indicators) expect(i.indicator && i.source && i.baseline && i.target).toBeTruthy();
    }
  });

  it('links the bow-ties: a shared cause and shared measures between youth alcohol and domestic violence', () => {
    const ix = indexDoc(doc);
    const title = (id: string) => doc.risks[id]!.title;
    const home = Object.values(doc.causes).find((c) => c.label === 'Problematische thuissituatie')!;
    expect(ix.risksByCause.get(home.id)!.map(title)).toEqual(['Jeugdoverlast met alcoholgebruik', 'Huiselijk geweld']);
    const teams = Object.values(doc.measures).find((m) => m.label === 'Integrale wijkteams signaleren vroegtijdig')!;
    expect(ix.risksByMeasure.get(teams.id)!.map(title)).toEqual(['Jeugdoverlast met alcoholgebruik', 'Huiselijk geweld']);
    const shared = [...ix.risksByMeasure.values()].filter((risks) => risks.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });

  it('describes phenomena and areas, never persons: the privacy scan finds nothing of substance', () => {
    expect(scanDoc(doc, { minConfidence: 'medium' }).map((f) => `${f.kind}: ${f.excerpt}`)).toEqual([]);
  });
});
