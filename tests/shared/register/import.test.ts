import { describe, expect, it } from 'vitest';
import { validateDoc } from '../../../src/shared/model/integrity.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addArea } from '../../../src/shared/model/ops/areas.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { applyImport } from '../../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../../src/shared/register/columns.ts';
import { planImport } from '../../../src/shared/register/planImport.ts';
import { csvTable, fixtureTable } from './importList.ts';

const fresh = () => newProjectDoc({ title: 'Gemeente Voorbeeld' });
const scoreOf = (doc: ProjectDoc, riskId: string, criterion: string) => Object.values(doc.scores).find((s) => s.riskId === riskId && s.criterion === criterion)?.value;
const byCode = (doc: ProjectDoc, code: string) => Object.values(doc.risks).find((r) => r.code === code)!;
const themeCode = (doc: ProjectDoc, riskCode: string) => doc.themes[byCode(doc, riskCode).themeId ?? '']?.code;

function plan(doc: ProjectDoc, csv: string) {
  const table = csvTable(doc, csv);
  return planImport(doc, table, detectMapping(table.headers, doc.project.scales));
}

describe('importing the 40-row long list', () => {
  const doc = fresh();
  const table = fixtureTable(doc, 'longlist-40.csv');
  const mapping = detectMapping(table.headers, doc.project.scales);
  const p = planImport(doc, table, mapping);

  it('finds the header row below the title line and maps every column', () => {
    expect(table.headers[0]).toBe('Nr.');
    expect(mapping).toEqual(['code', 'title', 'field', 'theme', 'areas', 'score:likelihood', 'score:impact', 'score:trend', 'priority', 'status']);
    expect(table.rows).toHaveLength(40);
    expect(table.rows[0]!.line).toBe(4);
  });

  it('plans 40 new risks without errors, with the new areas listed once', () => {
    expect(p.errorCount).toBe(0);
    expect(p.creates).toBe(40);
    expect(p.newAreas.sort()).toEqual(['Bedrijventerrein De Hoek', 'Buitengebied', 'Centrum', 'Hele gemeente', 'Noord', 'Oost', 'WK080002', 'Zuid']);
  });

  it('applies as one change with field, theme, areas, scores, trend, advice and status', () => {
    const d = structuredClone(doc);
    const result = applyImport(d, p);
    expect(result.created).toHaveLength(40);
    expect(Object.keys(d.risks)).toHaveLength(40);
    expect(validateDoc(d)).toEqual([]);
    const r07 = byCode(d, 'R07');
    expect(r07.title).toBe('Huiselijk geweld en kindermishandeling');
    expect(themeCode(d, 'R07')).toBe('VWL-1.3');
    expect(themeCode(d, 'R01')).toBe('VWL-1.3');
    expect(themeCode(d, 'R16')).toBe('JV-3.3');
    expect(r07.status).toBe('workedOut');
    expect(r07.priorityAdvice).toBe('priority');
    expect(scoreOf(d, r07.id, 'likelihood')).toBe(4);
    expect(scoreOf(d, r07.id, 'impact')).toBe(5);
    expect(scoreOf(d, r07.id, 'trend')).toBe(4);
    // "Hoog" / "Laag" and the regional classes "C" / "D" land on the 1–5 scale.
    expect(scoreOf(d, byCode(d, 'R05').id, 'likelihood')).toBe(4);
    expect(scoreOf(d, byCode(d, 'R05').id, 'impact')).toBe(2);
    expect(scoreOf(d, byCode(d, 'R13').id, 'likelihood')).toBe(3);
    expect(scoreOf(d, byCode(d, 'R13').id, 'impact')).toBe(4);
    const areas = byCode(d, 'R01').areaIds.map((id) => d.areas[id]!.name);
    expect(areas).toEqual(['Noord', 'Oost']);
    const cbs = Object.values(d.areas).find((a) => a.name === 'WK080002')!;
    expect(cbs).toMatchObject({ kind: 'district', cbsCode: 'WK080002' });
    expect(Object.values(d.areas).find((a) => a.name === 'Hele gemeente')!.kind).toBe('municipality');
    expect(byCode(d, 'R30').areaIds).toEqual([]);
  });

  it('leaves the original document untouched while planning', () => {
    expect(Object.keys(doc.risks)).toHaveLength(0);
    expect(Object.keys(doc.areas)).toHaveLength(0);
  });
});

describe('per-row errors', () => {
  it('names the row, the column and the value, and blocks the whole import', () => {
    const p = plan(
      fresh(),
      ['Code;Titel;Veld;Thema;Kans;Impact;Trend;Advies;Status', 'R01;Inbraak;VWL;VWL-1.3;3;4;stijgend;Prioriteit;', 'R02;;VWL;;7;4;;;', 'R01;Dubbel;Onbekend veld;;3;3;;misschien;klaar', 'R04;Thema zonder veld;;Nachtleven;3;3;omhoog;;'].join('\n'),
    );
    expect(p.errorCount).toBe(8);
    expect(p.rows[0]!.issues).toEqual([]);
    expect(p.rows[1]!.issues.map((i) => i.key)).toEqual(['register.import.error.noTitle', 'register.import.error.scale']);
    expect(p.rows[1]!.issues[1]).toMatchObject({ column: 4, params: { value: '7', column: 'Kans', range: '1, 2, 3, 4, 5' } });
    expect(p.rows[1]!.line).toBe(3);
    expect(p.rows[2]!.issues.map((i) => i.key)).toEqual(['register.import.error.duplicateCode', 'register.import.error.unknownField', 'register.import.error.status', 'register.import.error.priority']);
    expect(p.rows[2]!.issues[0]!.params).toMatchObject({ code: 'R01', line: 2 });
    expect(p.rows[3]!.issues.map((i) => i.key)).toEqual(['register.import.error.unknownTheme', 'register.import.error.option']);
    const d = fresh();
    expect(() => applyImport(d, p)).toThrow(/fout/);
  });

  it('reports a list without rows or without a title column', () => {
    expect(plan(fresh(), 'Code;Titel\n').issues.map((i) => i.key)).toEqual(['register.import.error.noRows']);
    expect(plan(fresh(), 'Code;Kans\nR01;3').issues.map((i) => i.key)).toEqual(['register.import.error.noTitleColumn']);
  });

  it('reports two columns mapped to the same target', () => {
    const doc = fresh();
    const table = csvTable(doc, 'Titel;Kans;K2\nInbraak;3;4');
    const p = planImport(doc, table, ['title', 'score:likelihood', 'score:likelihood']);
    expect(p.issues).toEqual([{ column: 2, key: 'register.import.error.duplicateTarget', params: { a: 'Kans', b: 'K2' } }]);
  });

  it('refuses a new area or own theme the project cannot hold, with the reason, before anything is imported', () => {
    const long = 'x'.repeat(400);
    const p = plan(fresh(), `Titel;Veld;Thema;Gebieden\nInbraak;VWL;${long};"Noord; ${long}"\nOverlast;VWL;;Zuid`);
    expect(p.rows[0]!.issues.map((i) => [i.key, i.params['column']])).toEqual([
      ['register.import.error.invalid', 'Thema'],
      ['register.import.error.invalid', 'Gebieden'],
    ]);
    expect(String(p.rows[0]!.issues[1]!.params['reason'])).toMatch(/300/);
    expect(p.rows[1]!.issues).toEqual([]);
    expect(p.newAreas).not.toContain(long);
    expect(() => applyImport(fresh(), p)).toThrow(/fout/);
  });

  it('says when a theme does not belong to the given field', () => {
    const p = plan(fresh(), 'Titel;Veld;Thema\nInbraak;Jeugd en veiligheid;VWL-1.3');
    expect(p.rows[0]!.issues.map((i) => i.key)).toEqual(['register.import.error.themeNotInField']);
  });
});

describe('codes, updates and own themes', () => {
  it('gives rows without a code the next free code after all codes in project and file', () => {
    const doc = fresh();
    addRisk(doc, { title: 'Bestaand', code: 'R03' });
    const p = plan(doc, 'Code;Titel\n;Eerste\nR07;Met code\n;Tweede');
    expect(p.rows.map((r) => r.code)).toEqual(['R08', 'R07', 'R09']);
  });

  it('updates the risk with the same code, keeping what the list leaves empty', () => {
    const doc = fresh();
    const id = addRisk(doc, { title: 'Woninginbraak', code: 'R01', priorityAdvice: 'strategic', description: 'Toelichting' });
    setScore(doc, id, 'likelihood', 2);
    setScore(doc, id, 'impact', 2);
    const p = plan(doc, 'Code;Titel;Kans;Impact;Advies\nr01;;4;;Prioriteit');
    expect(p).toMatchObject({ errorCount: 0, creates: 0, updates: 1 });
    applyImport(doc, p);
    expect(doc.risks[id]).toMatchObject({ title: 'Woninginbraak', priorityAdvice: 'priority', description: 'Toelichting' });
    expect(scoreOf(doc, id, 'likelihood')).toBe(4);
    expect(scoreOf(doc, id, 'impact')).toBe(2);
    expect(Object.keys(doc.risks)).toHaveLength(1);
  });

  it('adds an unknown theme under a known field as an own theme, once', () => {
    const doc = fresh();
    const p = plan(doc, 'Titel;Veld;Thema\nA;Veilige woon- en leefomgeving;Leefbaarheid\nB;VWL;leefbaarheid');
    expect(p.errorCount).toBe(0);
    expect(p.newThemes).toEqual(['Leefbaarheid']);
    applyImport(doc, p);
    const own = Object.values(doc.themes).filter((t) => t.label === 'Leefbaarheid');
    expect(own).toHaveLength(1);
    expect(doc.themes[own[0]!.parentId!]!.code).toBe('VWL');
    expect(Object.values(doc.risks).every((r) => r.themeId === own[0]!.id)).toBe(true);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('matches existing areas by name or CBS code', () => {
    const doc = fresh();
    const noord = addArea(doc, { name: 'Noord', kind: 'district', cbsCode: 'WK080001' });
    const p = plan(doc, 'Titel;Gebied\nA;noord\nB;WK080001');
    expect(p.newAreas).toEqual([]);
    applyImport(doc, p);
    expect(Object.values(doc.risks).map((r) => r.areaIds)).toEqual([[noord], [noord]]);
  });

  it('accepts a theme written as code and label, or with Kernbeleid numbering', () => {
    const doc = fresh();
    const p = plan(doc, 'Titel;Thema\nA;VWL-1.1 Sociale kwaliteit\nB;3.3 Jeugd, alcohol en drugs\nC;Jeugd en veiligheid');
    expect(p.errorCount).toBe(0);
    applyImport(doc, p);
    expect(['R01', 'R02', 'R03'].map((c) => themeCode(doc, c))).toEqual(['VWL-1.1', 'JV-3.3', 'JV']);
  });
});
