import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../src/shared/register/csvParse.ts';
import { writeCsv } from '../../../src/shared/register/csvWrite.ts';
import { decodeText } from '../../../src/shared/register/decodeText.ts';
import { toSheetTable } from '../../../src/shared/register/sheetTable.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';

describe('reading CSV', () => {
  it('detects the Dutch Excel separator ; and the international ,', () => {
    expect(detectDelimiter('Code;Titel;Kans\nR01;Inbraak;3')).toBe(';');
    expect(detectDelimiter('Code,Title,Likelihood\nR01,Burglary,3')).toBe(',');
    expect(detectDelimiter('Code\tTitel\nR01\tInbraak')).toBe('\t');
  });

  it('ignores separators inside quotes when detecting', () => {
    expect(detectDelimiter('"Titel, lang";Kans;Impact\n')).toBe(';');
  });

  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    const rows = parseCsv('Code;Titel;Omschrijving\r\nR01;"Drugs; overlast";"Zegt ""hallo""\nen meer"\r\nR02;Inbraak;\r\n');
    expect(rows).toEqual([
      ['Code', 'Titel', 'Omschrijving'],
      ['R01', 'Drugs; overlast', 'Zegt "hallo"\nen meer'],
      ['R02', 'Inbraak', ''],
    ]);
  });

  it('drops a byte-order mark and trailing empty lines', () => {
    expect(parseCsv('\uFEFFa;b\n1;2\n\n;\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads the last record without a line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('writing CSV', () => {
  it('writes ; separated text with BOM and CRLF that reads back identically', () => {
    const rows = [
      ['Code', 'Titel'],
      ['R01', 'Overlast; "jeugd"\nin het centrum'],
      ['R02', 3],
    ];
    const text = writeCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(parseCsv(text)).toEqual(rows.map((r) => r.map(String)));
  });

  it('defuses cells that a spreadsheet would run as a formula (OWASP: = + - @ tab CR)', () => {
    const text = writeCsv([['=HYPERLINK("http://x")'], [-5], ['@SUM(A1)'], ['-1+1'], ["-2+3+cmd|' /C calc'!A0"], ['+1'], ['\t=1'], ['\r=1'], ['-5']], { bom: false });
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toBe('-5'); // a number is a number
    expect(lines[2]).toBe(`'@SUM(A1)`);
    expect(lines[3]).toBe(`'-1+1`);
    expect(lines[4]).toBe(`'-2+3+cmd|' /C calc'!A0`);
    expect(lines[5]).toBe(`'+1`);
    expect(lines[6]).toBe(`'\t=1`);
    expect(text).toContain(`"'\r=1"`);
    expect(text).toContain(`\r\n'-5\r\n`); // text that looks like a number is still text
  });

  it('reads its own defused cells back as the original text', () => {
    const values = ['=1+1', '-1+1', '@x', '+3', 'gewoon'];
    const table = toSheetTable(parseCsv(writeCsv([['Code', 'Titel'], ...values.map((v, i) => [`R0${i}`, v])])), newProjectDoc({ title: 'x' }).project.scales);
    expect(table.rows.map((r) => r.cells[1])).toEqual(values);
  });
});

describe('decoding CSV bytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode('Beïnvloedbaarheid;’s-Hertogenbosch');
    expect(decodeText(bytes)).toEqual({ text: 'Beïnvloedbaarheid;’s-Hertogenbosch', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe('Beïnvloedbaarheid;’s-Hertogenbosch');
  });

  it('falls back to Windows-1252 for an old Excel export', () => {
    // "Beïnvloedbaarheid;€ 5;’s" in Windows-1252: ï = 0xEF, € = 0x80, ’ = 0x92
    const bytes = new Uint8Array([0x42, 0x65, 0xef, 0x6e, 0x3b, 0x80, 0x20, 0x35, 0x3b, 0x92, 0x73]);
    expect(decodeText(bytes)).toEqual({ text: 'Beïn;€ 5;’s', encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const text = 'Kans\tImpact';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});
