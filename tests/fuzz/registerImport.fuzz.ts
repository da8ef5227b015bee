/**
 * The register import (a long list from .csv or .xlsx) under hostile input: CSV text with any
 * characters, delimiters, quotes and recognised headers, raw bytes in any encoding, workbooks
 * with every kind of cell (formulas, rich text, links, dates, errors) and byte damage to the zip.
 * Reading ends in `import.invalid` or a table; the plan of the table is either refused with row
 * errors or, applied to the example project, gives a document its own checks accept.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { ApiError } from '../../src/shared/api/errors.ts';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { fromInterchange } from '../../src/shared/model/interchange.ts';
import { hasXmlInvalid } from '../../src/shared/model/xmlText.ts';
import { applyImport } from '../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../src/shared/register/columns.ts';
import { planImport } from '../../src/shared/register/planImport.ts';
import { toSheetTable } from '../../src/shared/register/sheetTable.ts';
import { readListFile } from '../../src/main/export/readRegisterFile.ts';
import { checkDoc } from '../../src/main/storage/checkDoc.ts';
import { EXAMPLE_JSON } from './exampleFiles.ts';
import { fail, runFuzz, type Outcomes, type FuzzReport } from './harness.ts';

const HEADERS = ['Code', 'Titel', 'Omschrijving', 'Gevaar', 'Centrale gebeurtenis', 'Veld', 'Thema', 'Gebieden', 'Status', 'Advies', 'Kans', 'Impact', 'Trend', 'Urgentie', 'Score', 'Klasse', 'Title', 'Likelihood'];

const cellText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 3, arbitrary: fc.constantFrom('', 'R01', 'R99', 'R00001', '3', '5', '0', '-1', '2,5', 'hoog', 'Zeer hoog', 'longlist', 'geselecteerd', 'prioriteit', 'Noord; Zuid', '=1+1', "'=1", '@x', '\uFFFE', '\u0007', '\uD800', 'x'.repeat(400), '"', '""', ';', '\r\n') },
  { weight: 1, arbitrary: fc.constantFrom(...HEADERS) },
);

const csvText = fc
  .record({
    headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cellText), { minLength: 0, maxLength: 8 }),
    rows: fc.array(fc.array(cellText, { maxLength: 9 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(';', ',', '\t', '|'),
    quoteAll: fc.boolean(),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
  })
  .map(({ headers, rows, delimiter, quoteAll, eol }) => {
    const cell = (c: string) => (quoteAll || c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    return [headers, ...rows].map((r) => r.map(cell).join(delimiter)).join(eol);
  });

const csvBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: csvText.map((t) => new TextEncoder().encode(t)) },
  { weight: 1, arbitrary: csvText.map((t) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)])) },
  { weight: 1, arbitrary: csvText.map((t) => Uint8Array.from(Buffer.from(t, 'latin1'))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);

let example: ProjectDoc | null = null;
const exampleDoc = () => structuredClone((example ??= fromInterchange(EXAMPLE_JSON)));

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** Reads `bytes` as a list and, if it plans without errors, imports it into the example. */
async function importList(bytes: Uint8Array, fileName: string, outcomes: Outcomes): Promise<void> {
  let records: string[][];
  try {
    records = (await readListFile(bytes, fileName)).records;
  } catch (err) {
    if (err instanceof ApiError && err.code === 'import.invalid') return outcomes.note('import.invalid');
    fail(`readListFile threw ${err instanceof Error ? err.stack : String(err)}`);
  }
  const doc = exampleDoc();
  const table = toSheetTable(records, doc.project.scales);
  const plan = planImport(doc, table, detectMapping(table.headers, doc.project.scales));
  if (plan.errorCount > 0) return outcomes.note('refused with row errors');
  applyImport(doc, plan);
  // The import goes into storage through the whole-document check, which cleans text.
  const checked = checkDoc(doc);
  if (checked.problem !== null) fail(`an import without errors gave a document its checks refuse: ${checked.problem}`);
  if (strings(checked.doc).some(hasXmlInvalid)) fail('the checked document still holds text XML cannot hold');
  outcomes.note(plan.creates + plan.updates > 0 ? 'imported' : 'nothing to import');
}

export async function fuzzCsvImport(cases: number): Promise<FuzzReport> {
  return runFuzz('register import, CSV', csvBytes, cases, (bytes, outcomes) => importList(bytes, 'lijst.csv', outcomes));
}

type CellValue = ExcelJS.CellValue;
const xlsxCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: cellText as fc.Arbitrary<CellValue> },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 10 }) as fc.Arbitrary<CellValue> },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) as fc.Arbitrary<CellValue> },
  { weight: 1, arbitrary: fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }) as fc.Arbitrary<CellValue> },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ formula: 'A1+1', result: 3 }, { formula: 'NOW()' } as CellValue, { richText: [{ text: 'rijk ' }, { text: 'tekst' }] }, { text: 'link', hyperlink: 'http://x' }, { error: '#N/A' } as CellValue, null, true) },
);

const workbook = fc.record({
  headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cellText), { minLength: 1, maxLength: 7 }),
  rows: fc.array(fc.array(xlsxCell, { maxLength: 8 }), { maxLength: 8 }),
  damage: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 }),
  emptyFirstSheet: fc.boolean(),
});

export async function fuzzXlsxImport(cases: number): Promise<FuzzReport> {
  return runFuzz('register import, XLSX', workbook, cases, async ({ headers, rows, damage, emptyFirstSheet }, outcomes) => {
    const wb = new ExcelJS.Workbook();
    if (emptyFirstSheet) wb.addWorksheet('Leeg');
    const ws = wb.addWorksheet('Lijst');
    // The writer needs strings it can store; the reader must cope with whatever a file holds.
    ws.addRow(headers.map((h) => (typeof h === 'string' ? h.replace(/[\uD800-\uDFFF]/g, '') : h)));
    for (const r of rows) ws.addRow(r);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    } catch {
      return outcomes.note('not writable');
    }
    for (const [at, value] of damage) bytes[at % bytes.length] = value;
    await importList(bytes, 'lijst.xlsx', outcomes);
  });
}
