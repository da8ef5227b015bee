/**
 * Characters that no XML document may hold (U+FFFE, U+FFFF, C0 controls, lone surrogates) never
 * reach a .docx or .xlsx, even when a document that bypassed the model carries them: every XML
 * part of the real produced files is checked, and LibreOffice opens them and shows the text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ivrpDocx } from '../../../src/main/export/ivrpReport.ts';
import { registerXlsx } from '../../../src/main/export/registerXlsx.ts';
import { hasXmlInvalid } from '../../../src/shared/model/xmlText.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { hasTool } from '../../tools/externalTools.ts';
import { docxText, pdfText, sofficeToPdf } from './inspect.ts';

/** Every kind of character XML cannot hold, between letters that must survive. */
const BAD = 'A\uFFFEB\uFFFFC\u0001D\u001FE\u0000F\uD800G\uDC00H';

function hostileDoc() {
  const { doc, ids } = reportFixture();
  doc.project.title = `Titel ${BAD}`;
  const r1 = doc.risks[ids['r1']!]!;
  r1.title = `Risico ${BAD}`;
  r1.description = `Omschrijving ${BAD}`;
  const cause = Object.values(doc.causes)[0]!;
  cause.label = `Oorzaak ${BAD}`;
  return doc;
}

async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'vlinder-xmlchars-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('XML-invalid characters in the exports', () => {
  it('the IVRP .docx holds none of them, keeps the text around them, and LibreOffice opens it', async () => {
    const bytes = await ivrpDocx(hostileDoc(), { date: '2026-11-23' });
    const parts = await xmlParts(bytes);
    for (const [name, xml] of parts) expect(hasXmlInvalid(xml), name).toBe(false);
    const text = docxText(parts.get('word/document.xml')!);
    expect(text).toContain('Risico A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFDF\uFFFDG\uFFFDH');
    if (!hasTool('soffice')) return;
    const path = join(dir, 'ivrp.docx');
    writeFileSync(path, bytes);
    expect(pdfText(sofficeToPdf(path, dir))).toMatch(/Risico A.B.C.D.E.F.G.H/);
  }, 180_000);

  it('the register .xlsx holds none of them and reads back with the text around them', async () => {
    const bytes = await registerXlsx(hostileDoc());
    const parts = await xmlParts(bytes);
    for (const [name, xml] of parts) expect(hasXmlInvalid(xml), name).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const titles = (wb.worksheets[0]!.getColumn(2).values as unknown[]).map(String);
    expect(titles).toContain('Risico A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFDF\uFFFDG\uFFFDH');
    // LibreOffice Calc is not installed on these machines (only Writer): the strict check of every
    // XML part above is what Excel's and Calc's parsers require (XML 1.0 §2.2).
  }, 180_000);
});
