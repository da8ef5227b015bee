import { describe, expect, it } from 'vitest';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { updateProject } from '../../../src/shared/model/ops/project.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { applyImport } from '../../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../../src/shared/register/columns.ts';
import { registerCounts } from '../../../src/shared/register/counts.ts';
import { filterRows, NO_FILTER, sortRows } from '../../../src/shared/register/filterRows.ts';
import { planImport } from '../../../src/shared/register/planImport.ts';
import { registerRows } from '../../../src/shared/register/registerRows.ts';
import { fixtureTable } from './importList.ts';

function imported(): ProjectDoc {
  const doc = newProjectDoc({ title: 'Gemeente Voorbeeld' });
  const table = fixtureTable(doc, 'longlist-40.csv');
  applyImport(doc, planImport(doc, table, detectMapping(table.headers, doc.project.scales)));
  return doc;
}

const doc = imported();
const rows = registerRows(doc);
const codes = (list: { risk: { code: string } }[]) => list.map((r) => r.risk.code);
const fieldId = (code: string) => Object.values(doc.themes).find((t) => t.code === code)!.id;

describe('register rows', () => {
  it('carry field and theme, areas, scores, score and band', () => {
    const r07 = rows.find((r) => r.risk.code === 'R07')!;
    expect(r07.field?.code).toBe('VWL');
    expect(r07.theme?.code).toBe('VWL-1.3');
    expect(r07.areas.map((a) => a.name)).toEqual(['Hele gemeente']);
    expect(r07).toMatchObject({ likelihood: 4, impact: 5, score: 20 });
    expect(r07.band?.label).toBe('Zeer hoog');
    expect(r07.values['trend']).toBe(4);
    expect(r07.outOfRange).toEqual([]);
  });

  it('show a risk under a field without theme with the field and no theme', () => {
    const d = structuredClone(doc);
    const r = Object.values(d.risks)[0]!;
    r.themeId = fieldId('JV');
    const row = registerRows(d).find((x) => x.risk.id === r.id)!;
    expect(row.field?.code).toBe('JV');
    expect(row.theme).toBeNull();
  });

  it('flag scores that are off the current scale for review', () => {
    const d = structuredClone(doc);
    const scales = d.project.scales;
    updateProject(d, { scales: { ...scales, likelihood: scales.likelihood.slice(0, 3) } });
    const flagged = registerRows(d).filter((r) => r.outOfRange.includes('likelihood'));
    expect(flagged.length).toBe(Object.values(d.scores).filter((s) => s.criterion === 'likelihood' && s.value > 3).length);
    expect(flagged.length).toBeGreaterThan(0);
  });
});

describe('filtering and sorting the register', () => {
  it('filters by field, status, band, advice, area and text', () => {
    expect(filterRows(rows, { ...NO_FILTER, fieldId: fieldId('JV') }).map((r) => r.field?.code)).toEqual(['JV', 'JV', 'JV', 'JV', 'JV']);
    expect(codes(filterRows(rows, { ...NO_FILTER, status: 'workedOut' }))).toEqual(['R07', 'R14', 'R23']);
    expect(codes(filterRows(rows, { ...NO_FILTER, bandId: 'veryHigh' }))).toEqual(['R07', 'R11', 'R23', 'R28']);
    expect(filterRows(rows, { ...NO_FILTER, priority: 'priority' })).toHaveLength(12);
    const oost = Object.values(doc.areas).find((a) => a.name === 'Oost')!.id;
    expect(codes(filterRows(rows, { ...NO_FILTER, areaId: oost }))).toEqual(['R01', 'R14', 'R15', 'R29', 'R31']);
    expect(codes(filterRows(rows, { ...NO_FILTER, text: 'drugs' }))).toEqual(['R15', 'R16', 'R23', 'R31']);
    expect(codes(filterRows(rows, { ...NO_FILTER, fieldId: fieldId('IV'), priority: 'priority' }))).toEqual(['R23', 'R24', 'R37']);
  });

  it('filters by theme, including risks hanging directly under it', () => {
    const jv33 = fieldId('JV-3.3');
    expect(codes(filterRows(rows, { ...NO_FILTER, themeId: jv33 }))).toEqual(['R16']);
  });

  it('sorts by score descending with unscored risks last, ties in register order', () => {
    const d = structuredClone(doc);
    const r40 = Object.values(d.risks).find((r) => r.code === 'R40')!;
    setScore(d, r40.id, 'likelihood', null);
    const sorted = sortRows(registerRows(d), 'score', 'desc');
    expect(codes(sorted).slice(0, 4)).toEqual(['R07', 'R11', 'R23', 'R28']);
    expect(codes(sorted).at(-1)).toBe('R40');
    expect(codes(sortRows(registerRows(d), 'score', 'asc')).at(-1)).toBe('R40');
  });

  it('sorts codes naturally and by a criterion value', () => {
    const d = structuredClone(doc);
    Object.values(d.risks).find((r) => r.code === 'R01')!.code = 'R100';
    expect(codes(sortRows(registerRows(d), 'code')).slice(-2)).toEqual(['R40', 'R100']);
    expect(codes(sortRows(rows, 'value:trend', 'desc'))[0]).toBe('R28');
  });
});

describe('counts', () => {
  it('counts risks per advice and per status', () => {
    const c = registerCounts(rows);
    expect(c.total).toBe(40);
    expect(c.priority).toEqual({ priority: 12, strategic: 12, management: 16, none: 0 });
    expect(c.status).toEqual({ longlist: 32, selected: 5, workedOut: 3 });
  });
});
