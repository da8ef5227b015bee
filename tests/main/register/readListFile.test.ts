import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readListFile, MAX_LIST_BYTES } from '../../../src/main/export/readRegisterFile.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';
import { paramsInDutch } from '../../storage/inDutch.ts';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('import.invalid');
    return String(paramsInDutch((err as ApiError).params)['reason']);
  }
  throw new Error('expected the read to fail');
}

describe('reading a long list from a workbook', () => {
  it('reads cell values as text: numbers, rich text, formula results, dates', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Leeg');
      const ws = wb.addWorksheet('Lijst');
      ws.addRow(['Risicolijst 2027']);
      ws.addRow(['Code', 'Titel', 'Kans', 'Impact', 'Datum']);
      ws.addRow(['R01', { richText: [{ text: 'Woning' }, { text: 'inbraak', font: { bold: true } }] }, 3, { formula: '2+2', result: 4 }, new Date(Date.UTC(2026, 4, 1))]);
    });
    const list = await readListFile(bytes, 'lijst.xlsx');
    expect(list).toMatchObject({ format: 'xlsx', sheet: 'Lijst', totalRows: 3 });
    expect(list.records).toEqual([['Risicolijst 2027'], ['Code', 'Titel', 'Kans', 'Impact', 'Datum'], ['R01', 'Woninginbraak', '3', '4', '2026-05-01']]);
  });

  it('recognises a workbook by its bytes, whatever its name', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('x').addRow(['Titel']));
    expect((await readListFile(bytes, 'download')).format).toBe('xlsx');
  });

  it('refuses old .xls, .ods, a damaged workbook, an empty and an oversized file with a clear reason', async () => {
    expect(await reason(readListFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'lijst.xls'))).toMatch(/\.xls/);
    expect(await reason(readListFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'lijst.ods'))).toMatch(/\.ods/);
    expect(await reason(readListFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'lijst.xlsx'))).toMatch(/kan niet worden gelezen/);
    expect(await reason(readListFile(new TextEncoder().encode('Titel;Kans'), 'lijst.xlsx'))).toMatch(/geen geldig Excel/);
    expect(await reason(readListFile(new Uint8Array(0), 'lijst.csv'))).toMatch(/leeg/);
    expect(await reason(readListFile(new Uint8Array(MAX_LIST_BYTES + 1), 'lijst.csv'))).toMatch(/groter dan 16 MB/);
    expect(await reason(readListFile(new Uint8Array([0x41, 0x00, 0x42]), 'lijst.csv'))).toMatch(/geen tekstbestand/);
  });
});

describe('reading a long list from CSV', () => {
  it('reads a Windows-1252 export of Dutch Excel', async () => {
    // "Titel;Beïnvloedbaarheid\r\nOverlast ’s avonds;3" in Windows-1252
    const text = 'Titel;Be\u00efnvloedbaarheid\r\nOverlast \u2019s avonds;3\r\n';
    const bytes = Uint8Array.from(text, (ch) => (ch === '\u2019' ? 0x92 : ch.charCodeAt(0)));
    const list = await readListFile(bytes, 'lijst.csv');
    expect(list).toMatchObject({ format: 'csv', encoding: 'windows-1252', totalRows: 2 });
    expect(list.records).toEqual([
      ['Titel', 'Beïnvloedbaarheid'],
      ['Overlast ’s avonds', '3'],
    ]);
  });
});
