import { describe, expect, it } from 'vitest';
import { pdfDestinationPages } from '../../../src/main/export/print/pdfDests.ts';
import { pageObjects, readPdf } from '../../../src/main/export/print/pdfObjects.ts';

/** A PDF the way Skia writes one: plain objects, a classic xref table, the trailer. */
function makePdf(objects: readonly string[], opts: { xref?: boolean } = {}): Buffer {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const root = objects.findIndex((o) => o.includes('/Type /Catalog')) + 1;
  const at = out.length;
  if (opts.xref !== false) {
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  }
  out += `trailer\n<</Size ${objects.length + 1}\n/Root ${root} 0 R>>\nstartxref\n${opts.xref !== false ? at : 0}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

// Six pages in a nested tree; the content stream holds the words the reader must not trip on.
const data = 'BT (endobj stream 9 0 obj) Tj ET endobj';
const sample = [
  '<</Type /Catalog\n/Pages 2 0 R\n/Dests 3 0 R>>',
  '<</Type /Pages\n/Count 6\n/Kids [4 0 R 5 0 R]>>',
  '<</h1 [6 0 R /XYZ 0 800 0]\n/h2 [9 0 R /XYZ 0 400 0]\n/caf#C3#A9 [12 0 R /XYZ 0 10 0]>>',
  '<</Type /Pages\n/Count 3\n/Kids [6 0 R 7 0 R 8 0 R]\n/Parent 2 0 R>>',
  '<</Type /Pages\n/Count 3\n/Kids [9 0 R 10 0 R 12 0 R]\n/Parent 2 0 R>>',
  ...['4', '4', '4', '5', '5'].map((p) => `<</Type /Page\n/Contents 11 0 R\n/Parent ${p} 0 R>>`),
  `<</Length ${data.length}>> stream\n${data}\nendstream`,
  '<</Type /Page\n/Contents 11 0 R\n/Parent 5 0 R>>',
];

describe('reading the page of each named destination of a PDF', () => {
  it('follows the page tree and the destinations, with or without an xref table', () => {
    for (const xref of [true, false]) {
      const pages = pdfDestinationPages(makePdf(sample, { xref }));
      expect(Object.fromEntries(pages)).toEqual({ h1: 1, h2: 4, café: 6 });
    }
  });

  it('reads stream data by its length, so words inside it do not cut the object short', () => {
    const pdf = readPdf(makePdf(sample))!;
    const stream = pdf.get(11)!;
    expect(pdf.text.slice(stream.stream!.start, stream.stream!.end)).toBe(data);
    expect(pageObjects(pdf)).toEqual([6, 7, 8, 9, 10, 12]);
  });

  it('gives no pages for something that is not a PDF it can follow', () => {
    expect(pdfDestinationPages(Buffer.from('not a pdf at all'))).toEqual(new Map());
    expect(pdfDestinationPages(makePdf(sample.slice(1)))).toEqual(new Map());
  });

  it('reads a 60 000-object file in about the time of a small one (no rescans)', () => {
    const many = [...sample, ...Array.from({ length: 60_000 }, (_, i) => `<</Type /StructElem\n/K ${i}>>`)];
    const big = makePdf(many);
    const t0 = performance.now();
    expect(pdfDestinationPages(big).size).toBe(3);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
