/** Test helpers: read a CSV fixture into a sheet table for a document's scales. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { parseCsv } from '../../../src/shared/register/csvParse.ts';
import { decodeText } from '../../../src/shared/register/decodeText.ts';
import { toSheetTable, type SheetTable } from '../../../src/shared/register/sheetTable.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/register');

export function fixtureTable(doc: ProjectDoc, name: string): SheetTable {
  return toSheetTable(parseCsv(decodeText(readFileSync(join(FIXTURES, name))).text), doc.project.scales);
}

export function csvTable(doc: ProjectDoc, text: string): SheetTable {
  return toSheetTable(parseCsv(text), doc.project.scales);
}
