import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ivpDocx, ivpDocxPerPriority } from '../../../src/main/export/ivrpReport.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { itWithTools } from '../../tools/externalTools.ts';
import { docxText, paragraphsWithStyle, pdfPageInk, shownHeadings, sofficeToPdf, unzipDocx } from './inspect.ts';

describe('IVP chapters as .docx', () => {
  const { doc } = reportFixture();
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-ivp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is chapter 5 with a heading 2 per priority and heading 3 per section, ready to paste into an IVP', async () => {
    const parts = await unzipDocx(await ivpDocx(doc, { date: '2026-11-23', publication: true }));
    expect(shownHeadings(parts, 1)).toEqual(['5 Uitwerking per prioriteit']);
    expect(shownHeadings(parts, 2)).toEqual(['5.1 Prioriteit: Jeugdoverlast in Noord', '5.2 Prioriteit: Huiselijk geweld']);
    // Numbered by Word, not typed: the text has no number of its own.
    expect(paragraphsWithStyle(parts.document, 'Heading2')).toEqual(['Prioriteit: Jeugdoverlast in Noord', 'Prioriteit: Huiselijk geweld']);
    expect(paragraphsWithStyle(parts.document, 'Heading3').slice(0, 4)).toEqual(['Aanleiding — wat speelt er?', 'Oorzaken en gevolgen', 'Wat willen we bereiken?', 'Wat gaan we doen?']);
    const text = docxText(parts.document);
    expect(text).toContain('Hoofdstuk 5 van het Integraal Veiligheidsplan 2027–2030 van Gemeente Teststad, opgesteld met Vlinder op 23 november 2026.');
    expect(text).not.toContain('GEHEIM');
    expect(parts.document.includes('TOC \\h')).toBe(false);
    expect(parts.document.split('<wp:inline').length - 1).toBe(2);
    expect(parts.document.split('</w:r>').filter((r) => r.includes('[Nog in te vullen: streefwaarde]')).every((r) => r.includes('w:highlight'))).toBe(true);
  }, 60_000);

  it('can be written as one file per priority', async () => {
    const files = await ivpDocxPerPriority(doc, { publication: true });
    expect(files.map((f) => f.risk.code)).toEqual(['R01', 'R02']);
    const second = await unzipDocx(files[1]!.bytes);
    expect(shownHeadings(second, 2)).toEqual(['5.2 Prioriteit: Huiselijk geweld']);
  }, 60_000);

  itWithTools(
    ['soffice', 'pdftoppm'],
    'opens in LibreOffice with no blank pages',
    async () => {
      const path = join(dir, 'ivp.docx');
      writeFileSync(path, await ivpDocx(doc));
      const pages = pdfPageInk(sofficeToPdf(path, dir));
      expect(pages.length).toBeGreaterThan(3);
      for (const p of pages) expect(p.ink, `page ${p.page} looks blank`).toBeGreaterThan(0.003);
    },
    180_000,
  );
});
