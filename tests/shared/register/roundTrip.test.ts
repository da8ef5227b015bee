/**
 * A register exported and read back into another project keeps what the export can say: the
 * residual-risk scores, and each area's kind and CBS code (issue: they were lost on the way).
 */
import { describe, expect, it } from 'vitest';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { applyImport } from '../../../src/shared/register/applyImport.ts';
import { areaCell, parseAreaCell } from '../../../src/shared/register/areaCell.ts';
import { detectMapping } from '../../../src/shared/register/columns.ts';
import { parseCsv } from '../../../src/shared/register/csvParse.ts';
import { writeCsv } from '../../../src/shared/register/csvWrite.ts';
import { exportCells, exportTable } from '../../../src/shared/register/exportTable.ts';
import { planImport } from '../../../src/shared/register/planImport.ts';
import { toSheetTable } from '../../../src/shared/register/sheetTable.ts';
import { areasOf, importedProject, projectWithDetails, visibleRegister } from './build.ts';

function roundTrip(doc: ProjectDoc, lang: 'nl' | 'en'): ProjectDoc {
  const target = newProjectDoc({ title: 'Kopie' });
  const table = toSheetTable(parseCsv(writeCsv(exportCells(exportTable(doc, lang)))), target.project.scales);
  const plan = planImport(target, table, detectMapping(table.headers, target.project.scales));
  expect(plan.errorCount, lang).toBe(0);
  applyImport(target, plan);
  return target;
}

describe('the register round trip', () => {
  it.each(['nl', 'en'] as const)('keeps residual scores and the areas’ kinds and CBS codes (%s)', (lang) => {
    const doc = projectWithDetails();
    const copy = roundTrip(doc, lang);
    expect(visibleRegister(copy)).toEqual(visibleRegister(doc));
    expect(areasOf(copy)).toEqual(areasOf(doc));
  });

  it('adds the residual columns only when a risk has a residual score', () => {
    expect(exportTable(importedProject()).columns.map((c) => c.header)).not.toContain('Restkans');
    const headers = exportTable(projectWithDetails()).columns.map((c) => c.header);
    expect(headers.slice(8, 12)).toEqual(['Score', 'Klasse', 'Restkans', 'Restimpact']);
  });
});

describe('an area in the areas cell', () => {
  it('says only what the name does not: kind, CBS code or both', () => {
    const base = { id: 'x', order: 0, createdAt: '', updatedAt: '' };
    expect(areaCell({ ...base, name: 'Noord', kind: 'district', cbsCode: null } as never, 'nl')).toBe('Noord');
    expect(areaCell({ ...base, name: 'Hele gemeente', kind: 'municipality', cbsCode: null } as never, 'nl')).toBe('Hele gemeente');
    expect(areaCell({ ...base, name: 'Noord', kind: 'district', cbsCode: 'WK034401' } as never, 'nl')).toBe('Noord (WK034401)');
    expect(areaCell({ ...base, name: 'Centrum', kind: 'village', cbsCode: null } as never, 'en')).toBe('Centrum (village)');
    expect(areaCell({ ...base, name: 'Plein', kind: 'hotspot', cbsCode: 'BU03440101' } as never, 'nl')).toBe('Plein (hotspot, BU03440101)');
  });

  it('reads kind words of both languages and codes, and leaves other brackets in the name', () => {
    expect(parseAreaCell('Centrum (kern)')).toEqual({ name: 'Centrum', kind: 'village', cbsCode: null });
    expect(parseAreaCell('Centrum (Village)')).toEqual({ name: 'Centrum', kind: 'village', cbsCode: null });
    expect(parseAreaCell('Plein (hotspot, bu03440101)')).toEqual({ name: 'Plein', kind: 'hotspot', cbsCode: 'BU03440101' });
    expect(parseAreaCell('Noord (oud)')).toEqual({ name: 'Noord (oud)', kind: null, cbsCode: null });
    expect(parseAreaCell('wk034401')).toEqual({ name: 'WK034401', kind: null, cbsCode: 'WK034401' });
  });
});
