import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import { buildIvrp } from '../../../src/shared/report/ivrp/buildIvrp.ts';
import { chromiumCandidates, chromiumPrinter } from '../../../src/main/export/print/chromiumPrinter.ts';
import { pdfDestinationPages } from '../../../src/main/export/print/pdfDests.ts';
import type { PdfPrinter } from '../../../src/main/export/print/pdfPrinter.ts';
import { reportPdf } from '../../../src/main/export/print/reportPdf.ts';
import { printHtml } from '../../../src/main/export/print/printHtml.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { hasTool, itWithTools } from '../../tools/externalTools.ts';
import { pdfPageInk, pdfPages, pdfText } from './inspect.ts';

describe('the print view', () => {
  it('escapes every text and marks placeholders', () => {
    const { doc, ids } = reportFixture();
    doc.risks[ids['r4']!] = { ...doc.risks[ids['r4']!]!, title: 'Inbraak <script>alert(1)</script> & co' };
    const { html } = printHtml(buildIvrp(doc, { date: '2026-11-23' }), { images: new Map() });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Inbraak &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).toContain('<mark class="gap">[Nog in te vullen: kerncijfers van de gemeente');
    expect(html).toContain('@page wide { size: A4 landscape; }');
  });
});

describe('IVRP report as PDF through Chromium', () => {
  const { doc } = reportFixture();
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-pdf-'));
  let printer: PdfPrinter | undefined;
  let pdf: Buffer;
  let path: string;
  const printed: number[] = [];
  const stages: string[] = [];

  beforeAll(async () => {
    if (!hasTool('chromium')) return;
    printer = chromiumPrinter();
    const counting: PdfPrinter = { print: (html) => (printed.push(html.length), printer!.print(html)), close: () => printer!.close() };
    const onProgress = (stage: string) => void (stages.at(-1) !== stage && stages.push(stage));
    pdf = await reportPdf(buildIvrp(doc, { date: '2026-11-23' }), counting, { publication: false, omitInternal: false, onProgress });
    path = join(dir, 'ivrp.pdf');
    writeFileSync(path, pdf);
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  itWithTools(['chromium'], 'is a PDF whose chapters are linked from the table of contents', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfDestinationPages(pdf);
    expect(pages.size).toBeGreaterThan(20);
    expect(Math.min(...pages.values())).toBeGreaterThanOrEqual(3);
  });

  itWithTools(['chromium', 'pdftoppm', 'pdftotext'], 'has no blank pages, landscape bow-tie pages, page numbers and TOC page numbers', () => {
    const ink = pdfPageInk(path);
    for (const p of ink) expect(p.ink, `page ${p.page} looks blank`).toBeGreaterThan(0.003);
    expect(ink.filter((p) => p.width > p.height)).toHaveLength(4);
    const text = pdfText(path);
    expect(text).toMatch(/Samenvatting\s*\.*\s*3/);
    expect(text).toMatch(/IVRP Gemeente Teststad\s+pagina 2/);
    expect(text).not.toMatch(/pagina 1\b/); // the title page has no footer
    expect(text).toContain('Integraal Veiligheidsrisicoprofiel');
  });

  itWithTools(['chromium', 'pdftotext'], 'prints the report once; every contents entry names the page its chapter starts on', () => {
    // One full print, then only the front matter again with the numbers filled in.
    expect(printed).toHaveLength(2);
    expect(printed[1]!).toBeLessThan(printed[0]! / 4);
    expect(stages).toEqual(['figures', 'print', 'pageNumbers']);
    const pages = pdfPages(path);
    const contents = pages.findIndex((p) => p.includes('Inhoud'));
    const entries = [...pages[contents]!.matchAll(/^\s*(\S.*?\S)\s+(\d+)\s*$/gm)].map((m) => ({ title: m[1]!, page: Number(m[2]) }));
    expect(entries.length).toBeGreaterThan(15);
    for (const e of entries) expect(pages[e.page - 1], `"${e.title}" on page ${e.page}`).toContain(e.title);
  });

  itWithTools(['chromium'], 'the publication variant holds nothing confidential', async () => {
    const pub = await reportPdf(buildIvrp(doc, { publication: true }), printer!, { publication: true, omitInternal: false });
    const p = join(dir, 'pub.pdf');
    writeFileSync(p, pub);
    if (hasTool('pdftotext')) expect(pdfText(p)).not.toContain('GEHEIM');
  }, 120_000);
});

describe('without a Chromium-based browser', () => {
  it('says so clearly instead of failing somewhere inside', async () => {
    const printer = chromiumPrinter({ executablePath: '/nonexistent/chromium' });
    const err = await printer.print('<p>x</p>').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('export.noChromium');
    await printer.close();
  });

  it('looks in the usual places per platform, and first where the user says', () => {
    expect(chromiumCandidates({ VLINDER_CHROMIUM: '/opt/x/chrome' }, 'linux')[0]).toBe('/opt/x/chrome');
    expect(chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32').some((p) => p.includes('msedge.exe'))).toBe(true);
  });
});
