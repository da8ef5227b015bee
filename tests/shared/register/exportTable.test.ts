import { describe, expect, it } from 'vitest';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { applyImport } from '../../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../../src/shared/register/columns.ts';
import { parseCsv } from '../../../src/shared/register/csvParse.ts';
import { writeCsv } from '../../../src/shared/register/csvWrite.ts';
import { exportCells, exportTable } from '../../../src/shared/register/exportTable.ts';
import { planImport } from '../../../src/shared/register/planImport.ts';
import { toSheetTable } from '../../../src/shared/register/sheetTable.ts';
import { withPreset } from '../../../src/shared/register/presets.ts';
import { importedProject, visibleRegister } from './build.ts';

describe('the export table', () => {
  it('has Dutch headers, scale codes, option labels and the band', () => {
    const doc = importedProject();
    const cells = exportCells(exportTable(doc));
    expect(cells[0]).toEqual(['Code', 'Titel', 'Veld', 'Thema', 'Gebieden', 'Status', 'Kans', 'Impact', 'Score', 'Klasse', 'Trend', 'Beïnvloedbaarheid', 'Urgentie', 'Maatschappelijke onrust', 'Advies', 'Gevaar', 'Centrale gebeurtenis', 'Omschrijving']);
    const r07 = cells.find((r) => r[0] === 'R07')!;
    expect(r07.slice(0, 11)).toEqual(['R07', 'Huiselijk geweld en kindermishandeling', 'Veilige woon- en leefomgeving', 'Objectieve veiligheid / veelvoorkomende criminaliteit', 'Hele gemeente', 'Uitgewerkt', 4, 5, 20, 'Zeer hoog', 'stijgend']);
    expect(r07[14]).toBe('Prioriteit');
    expect(cells).toHaveLength(41);
  });

  it('writes letters for an A–E project and English headers on request', () => {
    const doc = importedProject();
    doc.project.scales = withPreset(doc.project.scales, 'letters');
    const cells = exportCells(exportTable(doc, 'en'));
    expect(cells[0]!.slice(0, 10)).toEqual(['Code', 'Title', 'Field', 'Theme', 'Areas', 'Status', 'Likelihood', 'Impact', 'Score', 'Band']);
    expect(cells.find((r) => r[0] === 'R07')!.slice(5, 8)).toEqual(['Worked out', 'D', 'E']);
  });

  it('reads back into an empty project as the same register (Dutch and English)', () => {
    const doc = importedProject();
    for (const lang of ['nl', 'en'] as const) {
      const csv = writeCsv(exportCells(exportTable(doc, lang)));
      const target = newProjectDoc({ title: 'Kopie' });
      const table = toSheetTable(parseCsv(csv), target.project.scales);
      const plan = planImport(target, table, detectMapping(table.headers, target.project.scales));
      expect(plan.errorCount, lang).toBe(0);
      applyImport(target, plan);
      expect(visibleRegister(target), lang).toEqual(visibleRegister(doc));
    }
  });
});
