import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ivrpDocx } from '../../../src/main/export/ivrpReport.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { itWithTools } from '../../tools/externalTools.ts';
import { docxText, paragraphsWithStyle, shownHeadings, pdfPageInk, pdfText, sofficeToPdf, unzipDocx, type DocxParts } from './inspect.ts';

const OUTLINE = [
  'Samenvatting',
  '1 Inleiding',
  '2 Gebiedsbeschrijving',
  '3 Risico-inventarisatie',
  '4 Risicobeoordeling',
  '5 Uitgewerkte risico’s',
  '6 Capaciteiten en samenwerking',
  '7 Conclusies en aanbevelingen',
  'Bijlagen',
];

describe('IVRP report as .docx', () => {
  const { doc } = reportFixture();
  let bytes: Buffer;
  let parts: DocxParts;
  let dir: string;

  beforeAll(async () => {
    bytes = await ivrpDocx(doc, { date: '2026-11-23' });
    parts = await unzipDocx(bytes);
    dir = mkdtempSync(join(tmpdir(), 'vlinder-ivrp-'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses Word’s built-in heading styles, so a house style can be applied (“Kop 1” in Dutch Word)', () => {
    for (const level of [1, 2, 3]) {
      expect(parts.styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>`));
    }
    expect(shownHeadings(parts, 1)).toEqual(OUTLINE);
    expect(shownHeadings(parts, 2)).toContain('5.1 R01 Jeugdoverlast in Noord');
    // Word numbers them (Kop 1 and Kop 2 carry the numbering): the text has no typed number.
    expect(paragraphsWithStyle(parts.document, 'Heading1')).toContain('Inleiding');
    expect(parts.styles).toMatch(/w:styleId="Heading1">(?:(?!<\/w:style>).)*<w:numPr>/);
    expect(paragraphsWithStyle(parts.document, 'Heading3')).toContain('Oorzaken');
  });

  it('has a title page, a table of contents with page numbers, and page numbers in the footer', () => {
    const text = docxText(parts.document);
    expect(text.split('\n').slice(0, 3)).toEqual(['Integraal Veiligheidsrisicoprofiel', 'Gemeente Teststad 2026', 'Onderbouwing voor het Integraal Veiligheidsplan 2027–2030']);
    expect(parts.document.includes('TOC \\h \\o &quot;1-2&quot;')).toBe(true);
    // The TOC entries are written with their page numbers (estimated), e.g. "Samenvatting … 3".
    const numbered = parts.document.match(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>\d+<\/w:t>/g) ?? [];
    expect(numbered.length).toBe(paragraphsWithStyle(parts.document, 'Heading1').length + paragraphsWithStyle(parts.document, 'Heading2').length);
    expect(parts.footers.length).toBeGreaterThan(0);
    expect(parts.footers.every((f) => f.includes('PAGE') && f.includes('IVRP Gemeente Teststad'))).toBe(true);
  });

  it('has tables with a repeating header row, and band cells coloured and named', () => {
    const tables = parts.document.split('<w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(15);
    expect(parts.document.split('<w:tblHeader/>').length - 1).toBe(tables);
    expect(docxText(parts.document)).toContain('Risicoklasse');
    const cells = parts.document.split('</w:tc>');
    const hoog = cells.filter((c) => /<w:t[^>]*>Hoog<\/w:t>/.test(c));
    expect(hoog.length).toBeGreaterThan(0);
    expect(hoog.every((c) => /<w:shd w:fill="[0-9a-fA-F]{6}"/.test(c))).toBe(true);
  });

  it('holds the risk matrix and a bow-tie per worked-out risk as images; bow-ties and the wide score table on landscape pages', () => {
    const drawings = parts.document.split('<wp:inline').length - 1;
    expect(drawings).toBe(5); // matrix in the summary and in chapter 4, three bow-ties
    expect(parts.media.length).toBeGreaterThanOrEqual(4);
    // Three bow-ties, and appendix D (a column per criterion).
    expect(parts.document.split('w:orient="landscape"').length - 1).toBe(4);
    expect(docxText(parts.document)).toContain('Figuur 3. Vlinderdas R01 Jeugdoverlast in Noord');
    expect(/<wp:docPr [^>]*descr="Vlinderdas van Jeugdoverlast in Noord: oorzaken links/.test(parts.document)).toBe(true);
  });

  it('draws every figure sharp enough to print: at least 150 dpi at the size it is shown', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const target = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    const drawings = [...parts.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]*?r:embed="([^"]+)"/g)];
    expect(drawings.length).toBe(5);
    for (const [, cx, , id] of drawings) {
      const png = Buffer.from(await zip.file(`word/${target.get(id!)!}`)!.async('uint8array'));
      const inches = Number(cx) / 914400;
      expect(png.readUInt32BE(16) / inches, `${target.get(id!)} at ${inches.toFixed(1)} in`).toBeGreaterThanOrEqual(149);
    }
  });

  it('marks placeholders in yellow and never leaves them unmarked', () => {
    const runs = parts.document.split('</w:r>').filter((r) => r.includes('[Nog in te vullen'));
    expect(runs.length).toBeGreaterThan(3);
    expect(runs.every((r) => r.includes('<w:highlight w:val="yellow"/>'))).toBe(true);
  });

  it('the publication variant has no confidential text or bow-tie', async () => {
    const pub = await unzipDocx(await ivrpDocx(doc, { date: '2026-11-23', publication: true }));
    const text = docxText(pub.document);
    expect(text).not.toContain('GEHEIM');
    expect(pub.document.includes('GEHEIM')).toBe(false);
    expect(text).toContain('Publicatieversie: vertrouwelijke onderdelen zijn weggelaten');
    expect(pub.document.split('<wp:inline').length - 1).toBe(4); // two matrices, two public bow-ties
    const strict = await unzipDocx(await ivrpDocx(doc, { publication: true, omitInternal: true }));
    expect(strict.document.includes('INTERN-MAATREGEL')).toBe(false);
  }, 60_000);

  itWithTools(
    ['soffice', 'pdftoppm', 'pdftotext'],
    'opens in LibreOffice: every page has content, bow-tie pages are landscape, the text is Dutch',
    () => {
      const path = join(dir, 'ivrp.docx');
      writeFileSync(path, bytes);
      const pdf = sofficeToPdf(path, dir);
      const pages = pdfPageInk(pdf);
      expect(pages.length).toBeGreaterThan(12);
      for (const p of pages) expect(p.ink, `page ${p.page} looks blank`).toBeGreaterThan(0.003);
      expect(pages.filter((p) => p.width > p.height)).toHaveLength(4);
      const text = pdfText(pdf);
      expect(text).toContain('Risicobeoordeling');
      expect(text).toContain('Uitgewerkte risico’s');
      expect(text).toMatch(/pagina \d+/);
    },
    180_000,
  );
});
