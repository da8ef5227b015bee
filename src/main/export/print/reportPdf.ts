/**
 * A report as PDF, from the one print view. Printed twice: the first print tells on which page
 * every chapter landed (from the PDF's named destinations), the second fills those page numbers
 * into the table of contents. The numbers take a fixed-width slot, so they do not move the text.
 */
import type { ReportDoc } from '../../../shared/report/blocks.ts';
import { imagesOf } from '../../../shared/report/blocks.ts';
import { renderImages } from '../diagrams.ts';
import { pdfDestinationPages } from './pdfDests.ts';
import type { PdfPrinter } from './pdfPrinter.ts';
import { printHtml } from './printHtml.ts';

export interface ReportPdfOptions {
  publication: boolean;
  omitInternal: boolean;
}

/** The HTML of the print view, without page numbers in the table of contents. */
export async function reportPrintHtml(report: ReportDoc, opts: ReportPdfOptions): Promise<string> {
  const images = await renderImages(report.source, imagesOf(report), { lang: report.lang, ...opts });
  return printHtml(report, { images }).html;
}

export async function reportPdf(report: ReportDoc, printer: PdfPrinter, opts: ReportPdfOptions): Promise<Buffer> {
  const images = await renderImages(report.source, imagesOf(report), { lang: report.lang, ...opts });
  const first = printHtml(report, { images });
  const pdf = await printer.print(first.html);
  const hasToc = report.blocks.some((b) => b.kind === 'toc');
  if (!hasToc) return Buffer.from(pdf);
  const pages = pdfDestinationPages(pdf);
  if (pages.size === 0) return Buffer.from(pdf);
  return Buffer.from(await printer.print(printHtml(report, { images, tocPages: pages }).html));
}
