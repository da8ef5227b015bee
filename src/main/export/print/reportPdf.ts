/**
 * A report as PDF, from the one print view, printed once. The print tells on which page every
 * chapter landed (from the PDF's named destinations); then only the front matter (title page and
 * table of contents) is printed again with those page numbers, and its pages replace the first
 * print's (pdfSplice.ts). The numbers take a fixed-width slot, so they do not move the text; when
 * the pages do not line up after all, the whole report is printed a second time instead.
 * Figures are the diagrams' SVG, with pattern fills drawn out as shapes (flattenPatterns.ts).
 */
import type { ReportDoc } from '../../../shared/report/blocks.ts';
import { imagesOf } from '../../../shared/report/blocks.ts';
import { renderImages, type ReportImage } from '../diagrams.ts';
import { flattenPatterns } from './flattenPatterns.ts';
import { pdfDestinationPages } from './pdfDests.ts';
import type { PdfPrinter } from './pdfPrinter.ts';
import { replaceFrontPages } from './pdfSplice.ts';
import { printHtml } from './printHtml.ts';

/** The stages of making a PDF, in order; `done` of `total` within the figures stage. */
export type PdfStage = 'figures' | 'print' | 'pageNumbers';

/** How far a PDF is at a stage: figures take the first tenth, the print most of the rest. */
export function pdfFraction(stage: PdfStage, done: number, total: number): number {
  if (stage === 'figures') return total > 0 ? (0.1 * done) / total : 0.1;
  return stage === 'print' ? 0.1 : 0.9;
}

export interface ReportPdfOptions {
  publication: boolean;
  omitInternal: boolean;
  /** Called as the PDF is made: the stage, and (for the figures) how many of how many. */
  onProgress?: (stage: PdfStage, done: number, total: number) => void;
}

async function printImages(report: ReportDoc, opts: ReportPdfOptions): Promise<Map<string, ReportImage>> {
  const images = await renderImages(report.source, imagesOf(report), { lang: report.lang, publication: opts.publication, omitInternal: opts.omitInternal, drawn: report.drawn });
  let done = 0;
  for (const img of images.values()) {
    img.svg = flattenPatterns(img.svg);
    opts.onProgress?.('figures', ++done, images.size);
  }
  return images;
}

/** The HTML of the print view, without page numbers in the table of contents. */
export async function reportPrintHtml(report: ReportDoc, opts: ReportPdfOptions): Promise<string> {
  return printHtml(report, { images: await printImages(report, opts) }).html;
}

export async function reportPdf(report: ReportDoc, printer: PdfPrinter, opts: ReportPdfOptions): Promise<Buffer> {
  const images = await printImages(report, opts);
  const hasToc = report.blocks.some((b) => b.kind === 'toc');
  opts.onProgress?.('print', 0, 1);
  const first = printHtml(report, { images, pendingPages: hasToc });
  const pdf = await printer.print(first.html);
  if (!hasToc) return Buffer.from(pdf);
  opts.onProgress?.('pageNumbers', 0, 1);
  const pages = pdfDestinationPages(pdf);
  const full = () => printer.print(printHtml(report, { images, tocPages: pages }).html).then((b) => Buffer.from(b));
  if (pages.size === 0) return full();
  const frontPages = first.afterFront ? (pages.get(first.afterFront) ?? 0) - 1 : 0;
  if (frontPages < 1) return full();
  const front = await printer.print(printHtml(report, { images, tocPages: pages, frontOnly: true }).html);
  return replaceFrontPages(pdf, front, frontPages) ?? full();
}
