import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readListFile } from '../../../src/main/export/readRegisterFile.ts';
import { registerCsv } from '../../../src/main/export/registerCsv.ts';
import { registerXlsx } from '../../../src/main/export/registerXlsx.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { applyImport } from '../../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../../src/shared/register/columns.ts';
import { planImport } from '../../../src/shared/register/planImport.ts';
import { toSheetTable } from '../../../src/shared/register/sheetTable.ts';
import { importedProject, visibleRegister } from '../../shared/register/build.ts';

async function reimport(bytes: Uint8Array, name: string) {
  const list = await readListFile(bytes, name);
  const target = newProjectDoc({ title: 'Kopie' });
  const table = toSheetTable(list.records, target.project.scales);
  const plan = planImport(target, table, detectMapping(table.headers, target.project.scales));
  expect(plan.errorCount).toBe(0);
  applyImport(target, plan);
  return target;
}

describe('the register workbook', () => {
  it('has a frozen, filterable header row, one row per risk, band cells in the band colour and a scales sheet', async () => {
    const doc = importedProject();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await registerXlsx(doc)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Risico’s', 'Schalen']);
    const ws = wb.worksheets[0]!;
    expect(ws.actualRowCount).toBe(41);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 10)).toEqual(['Code', 'Titel', 'Veld', 'Thema', 'Gebieden', 'Status', 'Kans', 'Impact', 'Score', 'Klasse']);
    const r07 = ws.getRow(8);
    expect(r07.getCell(1).value).toBe('R07');
    expect(r07.getCell(7).value).toBe(4);
    expect(r07.getCell(9).value).toBe(20);
    expect(r07.getCell(10).value).toBe('Zeer hoog');
    expect(r07.getCell(10).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFE53935' } });
    const scales = wb.worksheets[1]!;
    expect((scales.getRow(2).values as unknown[]).slice(2)).toEqual(['1', 'Zeer onwaarschijnlijk', 'minder dan eens in 10 jaar']);
  });

  it('reads back into a new project as the same register', async () => {
    const doc = importedProject();
    const back = await reimport(new Uint8Array(await registerXlsx(doc)), 'export.xlsx');
    expect(visibleRegister(back)).toEqual(visibleRegister(doc));
  });

  it('defuses text cells that Excel would run as a formula once edited, and reads them back as written', async () => {
    const doc = importedProject();
    const risks = Object.values(doc.risks).sort((a, b) => a.order - b.order);
    const hostile = ['=1+1', '-1+1', "-2+3+cmd|' /C calc'!A0", '@SUM(A1)', '+31 6', '\t=1', '\r=1'];
    hostile.forEach((title, i) => (risks[i]!.title = title));
    const bytes = await registerXlsx(doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cells = hostile.map((_, i) => wb.worksheets[0]!.getRow(i + 2).getCell(2));
    expect(cells.map((c) => c.type)).toEqual(hostile.map(() => ExcelJS.ValueType.String));
    // (An XML reader turns the raw CR into a line feed; what matters is the apostrophe in front.)
    expect(cells.map((c) => String(c.value).replace(/\n/g, '\r'))).toEqual(hostile.map((t) => `'${t}`));
    const back = await reimport(new Uint8Array(bytes), 'export.xlsx');
    expect(Object.values(back.risks).map((r) => r.title)).toEqual(expect.arrayContaining(hostile.slice(0, 5)));
  });

  it('in English, too', async () => {
    const doc = importedProject();
    const back = await reimport(new Uint8Array(await registerXlsx(doc, 'en')), 'export.xlsx');
    expect(visibleRegister(back)).toEqual(visibleRegister(doc));
  });
});

describe('the register CSV', () => {
  it('is ; separated UTF-8 with BOM and reads back as the same register', async () => {
    const doc = importedProject();
    const bytes = registerCsv(doc);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\nR07;Huiselijk geweld en kindermishandeling;Veilige woon- en leefomgeving;');
    const back = await reimport(new Uint8Array(bytes), 'export.csv');
    expect(visibleRegister(back)).toEqual(visibleRegister(doc));
  });
});
