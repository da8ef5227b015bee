/**
 * The example project's reports as a user gets them, read from the files: the IVP groups measures
 * by safety-chain link; classification in the header of every page; Word editing (SEQ captions,
 * table style, nl-NL); and no near-empty text pages (LibreOffice's PDF, words per page).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ivpDocx, ivrpDocx } from '../../../src/main/export/ivrpReport.ts';
import { loadExampleDoc } from '../../../src/shared/model/interchange.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { itWithTools } from '../../tools/externalTools.ts';
import { docxText, sofficeToPdf, unzipDocx, type DocxParts } from './inspect.ts';

const example = loadExampleDoc(JSON.parse(readFileSync(new URL('../../../resources/examples/gemeente-voorbeeld.json', import.meta.url), 'utf8')));
const DATE = { date: '2026-11-23' };
const TRACK = { Preventie: 'prevention', Zorg: 'care', Repressie: 'repression' } as const;
const LINK_TRACK = { proaction: 'prevention', prevention: 'prevention', preparation: 'prevention', repression: 'repression', aftercare: 'care' } as const;

/** Words on each page of a PDF. */
function wordsPerPage(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

describe('the example’s IVP chapters', () => {
  let ivp: DocxParts;
  beforeAll(async () => {
    ivp = await unzipDocx(await ivpDocx(example, DATE));
  }, 60_000);

  it('put each measure under preventie, zorg or repressie by its safety-chain link', () => {
    const byLabel = new Map(Object.values(example.measures).map((m) => [m.label, m]));
    let track: string | null = null;
    let seen = 0;
    for (const line of docxText(ivp.document).split('\n')) {
      if (line in TRACK) track = TRACK[line as keyof typeof TRACK];
      else if (line.startsWith('Quick wins')) track = null;
      const m = byLabel.get(line);
      if (!track || !m?.chainLink) continue;
      seen++;
      expect(track, m.label).toBe(LINK_TRACK[m.chainLink]);
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('are editable in Word: SEQ figure captions, a table style, Dutch proofing', async () => {
    const ivrp = await unzipDocx(await ivrpDocx(example, DATE));
    for (const parts of [ivp, ivrp]) {
      const captions = parts.document.match(/>SEQ Figuur</g) ?? [];
      expect(captions.length).toBe(parts.document.split('<w:drawing>').length - 1);
      const tables = parts.document.split('<w:tbl>').length - 1;
      expect(parts.document.split('<w:tblStyle w:val="VlinderTabel"/>').length - 1).toBe(tables);
      expect(parts.styles).toContain('<w:style w:type="table" w:styleId="VlinderTabel">');
      expect(parts.styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*?<w:lang w:val="nl-NL"\/>/);
    }
  }, 60_000);
});

describe('classification in the page header', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-class-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { doc } = reportFixture();

  /** Every section of the document has a default header, and the headers say `text`. */
  function expectHeader(parts: DocxParts, text: string | null): void {
    const sections = parts.document.split('<w:sectPr').length - 1;
    if (text === null) {
      expect(parts.headers.join('')).not.toMatch(/VERTROUWELIJK|INTERN/);
      return;
    }
    expect(parts.document.split('<w:headerReference w:type="default"').length - 1).toBe(sections);
    expect(parts.headers.length).toBeGreaterThan(0);
    for (const h of parts.headers) expect(docxText(h)).toBe(text);
  }

  it('marks a document with confidential items on every page, the IVP too; a publication by what it still holds', async () => {
    const secret = 'VERTROUWELIJK — dit document bevat vertrouwelijke onderdelen';
    expectHeader(await unzipDocx(await ivrpDocx(doc, DATE)), secret);
    expectHeader(await unzipDocx(await ivpDocx(doc, DATE)), secret);
    expectHeader(await unzipDocx(await ivrpDocx(doc, { ...DATE, publication: true })), 'INTERN — niet voor publicatie');
    expectHeader(await unzipDocx(await ivrpDocx(doc, { ...DATE, publication: true, omitInternal: true })), null);
  }, 60_000);

  itWithTools(['soffice', 'pdftotext'], 'shows the mark on every printed page', async () => {
    const path = join(dir, 'ivp.docx');
    writeFileSync(path, await ivpDocx(doc, DATE));
    const pages = wordsPerPage(sofficeToPdf(path, dir));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toContain('VERTROUWELIJK');
  }, 120_000);
});

describe('pages of the example’s reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  itWithTools(['soffice', 'pdftotext'], 'have no near-empty text page: every page is a figure page or carries text', async () => {
    for (const [name, bytes] of [
      ['ivrp.docx', await ivrpDocx(example, DATE)],
      ['ivp.docx', await ivpDocx(example, DATE)],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const pages = wordsPerPage(sofficeToPdf(path, dir));
      pages.forEach((page, i) => {
        const words = page.split(/\s+/).filter(Boolean).length;
        const figure = /Figuur \d+\./.test(page);
        if (name === 'ivrp.docx' && i === 0) return; // the title page
        if (!figure) expect(words, `${name} page ${i + 1}`).toBeGreaterThanOrEqual(40);
        // A bow-tie page holds its drawing, not a stray paragraph.
        if (/Figuur \d+\. Vlinderdas/.test(page)) expect(words, `${name} page ${i + 1}`).toBeLessThan(45);
      });
    }
  }, 180_000);
});
