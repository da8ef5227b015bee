/** Every text of an exported register (.xlsx: every cell of every sheet; .csv: the file). */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { cellText } from '../../../src/main/export/readRegisterFile.ts';

export async function registerText(path: string): Promise<string> {
  if (path.endsWith('.csv')) return readFileSync(path, 'utf8');
  return xlsxText(readFileSync(path));
}

export async function xlsxText(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const cells: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => cells.push(cellText(cell.value))));
  return cells.join('\n');
}
