/**
 * A report content model as a Word document: title page, table of contents (with page numbers
 * worked out by docx's layout, and refreshed by Word), page numbers in the footer, and wide
 * bow-ties on landscape pages of their own.
 */
import { Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, SectionType, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Block, ReportDoc } from '../../../shared/report/blocks.ts';
import type { ReportImage } from '../diagrams.ts';
import { docxBlock, type BlockContext, type DocxChild } from './docxBlocks.ts';
import { docxStyles } from './docxStyles.ts';
import { LANDSCAPE_TEXT_WIDTH_TWIPS, PAGE, TEXT_WIDTH_TWIPS } from './page.ts';

function footer(text: string, pageWord: string, landscape: boolean): Footer {
  const width = landscape ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS;
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [new TextRun(text), new TextRun({ children: ['\t', `${pageWord} `, PageNumber.CURRENT] })],
      }),
    ],
  });
}

function pageProps(landscape: boolean, first: boolean) {
  return {
    ...(first ? {} : { type: SectionType.NEXT_PAGE }),
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: PAGE.footer },
    },
  };
}

function titleSection(report: ReportDoc): ISectionOptions | null {
  const tp = report.titlePage;
  if (!tp) return null;
  return {
    properties: pageProps(false, true),
    children: [
      new Paragraph({ spacing: { before: 3600, after: 120 }, children: [new TextRun({ text: tp.kicker, size: 30, color: '2E5395' })] }),
      new Paragraph({ style: 'Title', children: [new TextRun(tp.title)] }),
      new Paragraph({ style: 'Subtitle', children: [new TextRun(tp.subtitle)] }),
      ...tp.lines.map((line) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: line, color: '595959' })] })),
    ],
  };
}

/** Splits the blocks at landscape figures: each such figure gets a landscape section of its own. */
function bodySections(report: ReportDoc, ctx: BlockContext, pageWord: string, first: boolean): ISectionOptions[] {
  const sections: ISectionOptions[] = [];
  let current: DocxChild[] = [];
  const flush = (landscape: boolean) => {
    if (current.length === 0) return;
    sections.push({ properties: pageProps(landscape, first && sections.length === 0), footers: { default: footer(report.footer, pageWord, landscape) }, children: current });
    current = [];
  };
  for (const block of report.blocks as Block[]) {
    if (block.kind === 'figure' && block.layout === 'landscape') {
      flush(false);
      current = docxBlock(block, ctx, true);
      flush(true);
    } else {
      current.push(...docxBlock(block, ctx));
    }
  }
  flush(false);
  return sections;
}

export interface DocxWords {
  figure: string;
  page: string;
}

/** Writes the report as .docx bytes. `images` holds a PNG for every figure (see renderImages). */
export async function renderDocx(report: ReportDoc, images: ReadonlyMap<string, ReportImage>, words: DocxWords): Promise<Buffer> {
  const ctx: BlockContext = { images, figureWord: words.figure, figureNo: { n: 0 }, chapterOnNewPage: report.titlePage !== null };
  const title = titleSection(report);
  const doc = new Document({
    title: report.title,
    creator: 'Vlinder',
    description: report.title,
    styles: docxStyles(),
    pageNumbers: estimatePageNumbers,
    features: { updateFields: false },
    sections: [...(title ? [title] : []), ...bodySections(report, ctx, words.page, !title)],
  });
  return Packer.toBuffer(doc);
}

