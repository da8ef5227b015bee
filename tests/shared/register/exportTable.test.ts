import { describe, expect, it } from 'vitest';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { applyImport } from '../../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../../src/shared/register/columns.ts';
import { parseCsv } from '../../../src/shared/register/csvParse.ts';
import { writeCsv } from '../../../src/shared/register/csvWrite.ts';
import { exportCells, exportTable } from '../../../src/shared/register/exportTable.ts';
import { planImport } from '../../../src/shared/register/planImport.ts';
import { registerRows } from '../../../src/shared/register/registerRows.ts';
import { toSheetTable } from '../../../src/shared/register/sheetTable.ts';
import { withPreset } from '../../../src/shared/register/presets.ts';
import { fixtureTable } from './importList.ts';

function imported(): ProjectDoc {
  const doc = newProjectDoc({ title: 'Gemeente Voorbeeld' });
  const table = fixtureTable(doc, 'longlist-40.csv');
  applyImport(doc, planImport(doc, table, detectMapping(table.headers, doc.project.scales)));
  return doc;
}

/** What a user sees of a risk in the register, independent of ids. */
function visible(doc: ProjectDoc) {
  return registerRows(doc).map((r) => ({
    code: r.risk.code,
    title: r.risk.title,
    field: r.field?.label,
    theme: r.theme?.label,
    areas: r.areas.map((a) => a.name),
    status: r.risk.status,
    advice: r.risk.priorityAdvice,
    values: r.values,
    band: r.band?.label,
  }));
}

describe('the export table', () => {
  it('has Dutch headers, scale codes, option labels and the band', () => {
    const doc = imported();
    const cells = exportCells(exportTable(doc));
    expect(cells[0]).toEqual(['Code', 'Titel', 'Veld', 'Thema', 'Gebieden', 'Status', 'Kans', 'Impact', 'Score', 'Klasse', 'Trend', 'Beïnvloedbaarheid', 'Urgentie', 'Maatschappelijke onrust', 'Advies', 'Gevaar', 'Centrale gebeurtenis', 'Omschrijving']);
    const r07 = cells.find((r) => r[0] === 'R07')!;
    expect(r07.slice(0, 11)).toEqual(['R07', 'Huiselijk geweld en kindermishandeling', 'Veilige woon- en leefomgeving', 'Objectieve veiligheid / veelvoorkomende criminaliteit', 'Hele gemeente', 'Uitgewerkt', 4, 5, 20, 'Zeer hoog', 'stijgend']);
    expect(r07[14]).toBe('Prioriteit');
    expect(cells).toHaveLength(41);
  });

  it('writes letters for an A–E project and English headers on request', () => {
    const doc = imported();
    doc.project.scales = withPreset(doc.project.scales, 'letters');
    const cells = exportCells(exportTable(doc, 'en'));
    expect(cells[0]!.slice(0, 10)).toEqual(['Code', 'Title', 'Field', 'Theme', 'Areas', 'Status', 'Likelihood', 'Impact', 'Score', 'Band']);
    expect(cells.find((r) => r[0] === 'R07')!.slice(5, 8)).toEqual(['Worked out', 'D', 'E']);
  });

  it('reads back into an empty project as the same register (Dutch and English)', () => {
    const doc = imported();
    for (const lang of ['nl', 'en'] as const) {
      const csv = writeCsv(exportCells(exportTable(doc, lang)));
      const target = newProjectDoc({ title: 'Kopie' });
      const table = toSheetTable(parseCsv(csv), target.project.scales);
      const plan = planImport(target, table, detectMapping(table.headers, target.project.scales));
      expect(plan.errorCount, lang).toBe(0);
      applyImport(target, plan);
      expect(visible(target), lang).toEqual(visible(doc));
    }
  });
});
