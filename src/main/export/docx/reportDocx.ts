/**
 * From report content model to .docx bytes: draws the figures from the report's own document
 * (PNG at print resolution for the size they are shown at), then writes the Word file.
 */
import { imagesOf, imageKey, type FigureLayout, type ReportDoc } from '../../../shared/report/blocks.ts';
import { reportText } from '../../../shared/report/text/index.ts';
import { startImages } from '../diagrams.ts';
import { IMAGE_BOX, pngZoom } from './page.ts';
import { renderDocx } from './renderDocx.ts';

export interface DocxProgress {
  /** Called as figures are drawn: done out of total. */
  onFigure?: (done: number, total: number) => void;
}

export interface ReportDocxOptions extends DocxProgress {
  publication: boolean;
  omitInternal: boolean;
}

/** The .docx of a report. */
export async function reportDocx(report: ReportDoc, opts: ReportDocxOptions): Promise<Buffer> {
  const layouts = new Map<string, FigureLayout>();
  for (const b of report.blocks) if (b.kind === 'figure') layouts.set(imageKey(b.image), b.layout);
  // Drawn in the PNG worker while renderDocx writes the text; only the zip waits for them.
  const { images, pngs } = startImages(report.source, imagesOf(report), {
    lang: report.lang,
    publication: opts.publication,
    omitInternal: opts.omitInternal,
    drawn: report.drawn,
    png: (size, ref) => pngZoom(size, IMAGE_BOX[layouts.get(imageKey(ref)) ?? 'inline']),
    ...(opts.onFigure ? { onProgress: opts.onFigure } : {}),
  });
  const tx = reportText(report.lang);
  return renderDocx(report, images, { figure: tx.figure, page: tx.footerPage }, pngs ?? undefined);
}
