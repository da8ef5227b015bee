/**
 * The register as an Excel workbook: a "Risico's" sheet with a frozen, filterable header row,
 * the risk band as coloured cell with its label (readable in greyscale too), and a sheet with the
 * project's scales so the numbers can be read without the app.
 */
import ExcelJS from 'exceljs';
import { inkOn } from '../../shared/diagram/bandLook.ts';
import { t } from '../../shared/i18n/t.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { cleanXmlText } from '../../shared/model/xmlText.ts';
import { defuseFormula } from '../../shared/register/csvWrite.ts';
import { exportTable } from '../../shared/register/exportTable.ts';

/**
 * Every text that goes into a cell: cleaned by the model's XML rule (exceljs drops control
 * characters but writes U+FFFE, U+FFFF and lone surrogates as they are) and defused like CSV, so
 * a cell the user edits and confirms in Excel does not turn into a formula.
 */
function cellValue<T>(v: T): T | string {
  return typeof v === 'string' ? defuseFormula(cleanXmlText(v)) : v;
}

const cells = (values: readonly unknown[]) => values.map(cellValue);

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** Black or white text, whichever reads better on `hex` (the one band-ink rule). */
const inkArgb = (hex: string) => argb(inkOn(hex));

function sheetName(lang: Language, key: 'register' | 'scales'): string {
  if (key === 'register') return lang === 'nl' ? 'Risico’s' : 'Risks';
  return lang === 'nl' ? 'Schalen' : 'Scales';
}

function addScalesSheet(wb: ExcelJS.Workbook, doc: ProjectDoc, lang: Language): void {
  const ws = wb.addWorksheet(sheetName(lang, 'scales'));
  const s = doc.project.scales;
  ws.columns = [{ width: 26 }, { width: 10 }, { width: 28 }, { width: 60 }];
  const heading = (text: string) => {
    const row = ws.addRow(cells([text]));
    row.font = { bold: true, size: 12 };
  };
  heading(t(lang, 'register.col.likelihood'));
  for (const c of s.likelihood) ws.addRow(cells(['', c.code, c.label, c.anchor]));
  ws.addRow([]);
  heading(t(lang, 'register.col.impact'));
  for (const c of s.impact) ws.addRow(cells(['', c.code, c.label, c.anchor]));
  ws.addRow([]);
  heading(t(lang, 'register.col.band'));
  for (const b of s.bands) {
    const row = ws.addRow(cells(['', `${b.min}–${b.max}`, b.label]));
    row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(b.color) } };
    row.getCell(3).font = { color: { argb: inkArgb(b.color) }, bold: true };
  }
  for (const c of s.criteria) {
    if (!c.enabled) continue;
    ws.addRow([]);
    heading(c.label);
    c.options.forEach((o, i) => ws.addRow(cells(['', i + 1, o])));
  }
}

/** The workbook bytes for the register of `doc`. */
export async function registerXlsx(doc: ProjectDoc, lang: Language = doc.project.language): Promise<Buffer> {
  const table = exportTable(doc, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vlinder';
  wb.title = cleanXmlText(doc.project.title);
  const ws = wb.addWorksheet(sheetName(lang, 'register'), { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.columns = table.columns.map((c) => ({ header: cellValue(c.header), width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E4' } };
  const bandCol = table.columns.findIndex((c) => c.header === t(lang, 'register.col.band')) + 1;
  for (const r of table.rows) {
    const row = ws.addRow(cells(table.columns.map((c) => c.value(r))));
    row.alignment = { vertical: 'top', wrapText: true };
    if (r.band && bandCol > 0) {
      const cell = row.getCell(bandCol);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(r.band.color) } };
      cell.font = { bold: true, color: { argb: inkArgb(r.band.color) } };
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  addScalesSheet(wb, doc, lang);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
