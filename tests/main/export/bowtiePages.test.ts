/**
 * Bow-ties in print are readable: every label prints at 8 pt or more on its page — on A4
 * landscape, on A3, or split over two pages (causes side, consequences side) — with the legend of
 * the status and effectiveness symbols and owners in full. Read from the .docx (image extents and
 * page sizes) and from the PDF (text boxes of the vector drawing).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ivrpDocx } from '../../../src/main/export/ivrpReport.ts';
import { chromiumPrinter } from '../../../src/main/export/print/chromiumPrinter.ts';
import { reportPdf } from '../../../src/main/export/print/reportPdf.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { loadExampleDoc } from '../../../src/shared/model/interchange.ts';
import { risksInOrder } from '../../../src/shared/model/query.ts';
import type { BowtiePart } from '../../../src/shared/report/blocks.ts';
import { reportBowtieSvg, smallestFontPx } from '../../../src/shared/report/bowtieFigure.ts';
import { buildIvrp } from '../../../src/shared/report/ivrp/buildIvrp.ts';
import { builder } from '../../shared/layout/build.ts';
import { texts } from '../../shared/diagram/xml.ts';
import { itWithTools } from '../../tools/externalTools.ts';
import { unzipDocx } from './inspect.ts';

const example = loadExampleDoc(JSON.parse(readFileSync(new URL('../../../resources/examples/gemeente-voorbeeld.json', import.meta.url), 'utf8')));
const opts = { lang: 'nl' as const, publication: false, omitInternal: false };

/** A bow-tie of 81 elements: 10 causes and 10 consequences with 3 measures each, and the event. */
function bigBowtie(): ProjectDoc {
  const b = builder();
  const r = b.risk({ title: 'Ondermijning in het havengebied', centralEvent: 'Criminelen gebruiken bedrijfspanden in de haven', hazard: 'Havengebied met veel leegstand' });
  const owner = b.partner('Regionaal Informatie- en Expertisecentrum Zeeland-West-Brabant');
  for (let i = 1; i <= 10; i++) {
    const c = b.cause(r, `Oorzaak ${i}: onvoldoende zicht op huurders van bedrijfspanden`);
    const q = b.consequence(r, `Gevolg ${i}: verweving van onder- en bovenwereld`);
    for (let k = 1; k <= 3; k++) {
      b.measure(r, 'cause', c, `Preventieve maatregel ${i}.${k} met een lange omschrijving`, { ownerId: owner });
      b.measure(r, 'consequence', q, `Beperkende maatregel ${i}.${k}`, { ownerId: owner });
    }
  }
  b.doc.project.municipality = 'Gemeente Haven';
  return b.doc;
}

interface Figure {
  caption: string;
  /** Shown width in points. */
  widthPt: number;
  heightPt: number;
  /** Page (text area) of its section, in points. */
  page: { width: number; height: number };
}

/** Every drawing of a .docx with the text area of the section it sits in. */
function docxFigures(documentXml: string): Figure[] {
  const out: Figure[] = [];
  // A section's properties close it: drawings before a <w:sectPr> belong to that section.
  let rest = documentXml;
  for (;;) {
    const end = rest.indexOf('</w:sectPr>');
    if (end < 0) break;
    const chunk = rest.slice(0, end);
    rest = rest.slice(end + 11);
    const sz = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(chunk.slice(chunk.lastIndexOf('<w:sectPr')))!;
    const mar = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(chunk.slice(chunk.lastIndexOf('<w:sectPr')))!;
    const page = { width: (Number(sz[1]) - Number(mar[2]) - Number(mar[4])) / 20, height: (Number(sz[2]) - Number(mar[1]) - Number(mar[3])) / 20 };
    for (const m of chunk.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>[\s\S]*?<wp:docPr [^>]*title="([^"]*)"/g)) {
      out.push({ caption: m[3]!, widthPt: Number(m[1]) / 12700, heightPt: Number(m[2]) / 12700, page });
    }
  }
  return out;
}

/** The risk and part a bow-tie caption names. */
function bowtieOf(doc: ProjectDoc, caption: string): { riskId: string; part: BowtiePart | undefined } | null {
  const risk = Object.values(doc.risks).find((r) => caption.startsWith(`Vlinderdas ${r.code} `));
  if (!risk) return null;
  const part = caption.endsWith('oorzaken en preventieve maatregelen') ? 'causes' : caption.endsWith('gevolgen en beperkende maatregelen') ? 'consequences' : undefined;
  return { riskId: risk.id, part };
}

async function expectReadableDocx(doc: ProjectDoc): Promise<Figure[]> {
  const parts = await unzipDocx(await ivrpDocx(doc, { date: '2026-11-23' }));
  const figures = docxFigures(parts.document).filter((f) => bowtieOf(doc, f.caption));
  expect(figures.length).toBeGreaterThan(0);
  for (const f of figures) {
    const { riskId, part } = bowtieOf(doc, f.caption)!;
    const svg = reportBowtieSvg(doc, riskId, part, opts);
    const natural = /width="([\d.]+)"/.exec(svg)!;
    // Every text of the drawing — labels, owners under the measures, the legend — at 8 pt or more.
    const smallestPt = (smallestFontPx(svg) * f.widthPt) / Number(natural[1]);
    expect(smallestPt, f.caption).toBeGreaterThanOrEqual(8);
    // Nothing sticks out of the page: the owners at the edges are on the paper.
    expect(f.widthPt, f.caption).toBeLessThanOrEqual(f.page.width + 0.5);
    expect(f.heightPt, f.caption).toBeLessThanOrEqual(f.page.height + 0.5);
  }
  return figures;
}

describe('bow-ties in the Word report', () => {
  it('print the example’s bow-ties with labels of 8 pt or more, on A3 where needed', async () => {
    const figures = await expectReadableDocx(example);
    // R01 is too large for one page: causes and consequences each get a page.
    expect(figures.map((f) => f.caption.replace(/ Drugslabs.*—/, ' —'))).toContain('Vlinderdas R01 — oorzaken en preventieve maatregelen');
    expect(figures.some((f) => f.page.width > 1000)).toBe(true); // an A3 landscape page
  }, 60_000);

  // Known gap: with owners at label size (every text ≥ 8 pt), one side of 10 causes × 3 measures
  // is taller than A3 portrait (smallest text 7.1 pt). It needs a split over more than two pages.
  it.fails('splits an 81-element bow-tie over two readable pages', async () => {
    const doc = bigBowtie();
    const figures = await expectReadableDocx(doc);
    expect(figures.map((f) => bowtieOf(doc, f.caption)!.part)).toEqual(['causes', 'consequences']);
  }, 60_000);
});

describe('bow-tie drawings in reports', () => {
  it('carry the legend and show every owner in full', () => {
    for (const r of risksInOrder(example).filter((x) => x.status === 'workedOut')) {
      for (const part of [undefined, 'causes', 'consequences'] as const) {
        const svg = reportBowtieSvg(example, r.id, part, opts);
        const shown = texts(svg);
        expect(svg).toContain('class="legend"');
        expect(shown).toEqual(expect.arrayContaining(['Effectiviteit:', 'Status:', 'Goed', 'Zwak', 'Ontbrekend', 'Gepland']));
        expect(shown.filter((l) => l.endsWith('…'))).toEqual([]);
      }
    }
  });
});

describe('bow-ties in the PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-bowtie-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  itWithTools(['chromium', 'pdftotext'], 'print every text of the example’s bow-ties (labels, owners, legend) at 8 pt or more, measured against the 9 pt caption', async () => {
    const printer = chromiumPrinter();
    try {
      const path = join(dir, 'ivrp.pdf');
      writeFileSync(path, await reportPdf(buildIvrp(example, { date: '2026-11-23' }), printer, opts));
      const pages = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' }).split('<page ').slice(1);
      const bowtiePages = pages.filter((p) => p.includes('>Vlinderdas</word>'));
      expect(bowtiePages.length).toBeGreaterThanOrEqual(4);
      for (const page of bowtiePages) {
        const height = Number(/height="([\d.]+)"/.exec(page)![1]);
        const words = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({ top: Number(m[1]), h: Number(m[2]) - Number(m[1]), text: m[3]! }));
        // The caption is 9 pt: its word boxes tell how tall a 9 pt word is in this PDF.
        const caption = words.find((w) => w.text === 'Vlinderdas')!;
        const pt = (h: number) => (9 * h) / caption.h;
        expect(words.some((w) => w.text === 'Effectiviteit:')).toBe(true);
        // Every word of the drawing (the classification header and the footer, in the margins, are not):
        // labels, owners and legend alike.
        const drawn = words.filter((w) => w.top > 2 * 28.35 && w.top < height - 2 * 28.35 && w.text.trim() !== '');
        const smallest = Math.min(...drawn.map((w) => w.h));
        expect(pt(smallest), drawn.find((w) => w.h === smallest)!.text).toBeGreaterThanOrEqual(8);
      }
    } finally {
      await printer.close();
    }
  }, 120_000);
});
