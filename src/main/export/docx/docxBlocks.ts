/**
 * Report blocks → docx paragraphs and tables (tableXml.ts: a repeating header row, rows that do
 * not split across pages, fixed column widths). Placeholders are highlighted yellow so no gap
 * goes unnoticed.
 */
import {
  AlignmentType,
  type FileChild,
  HeadingLevel,
  ImageRun,
  Paragraph,
  SequentialIdentifier,
  TableOfContents,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Block, Run } from '../../../shared/report/blocks.ts';
import { imageKey } from '../../../shared/report/blocks.ts';
import type { ReportImage } from '../diagrams.ts';
import type { MediaSlots } from './packDocx.ts';
import { splitNumber } from './headingNumbers.ts';
import { tableXml } from './tableXml.ts';
import { fitImage, IMAGE_BOX, LANDSCAPE_TEXT_WIDTH_TWIPS, TEXT_WIDTH_TWIPS } from './page.ts';

export type DocxChild = Paragraph | FileChild | TableOfContents;

export interface BlockContext {
  /** The figures' sizes, and their PNGs once drawn (see renderDocx). */
  images: ReadonlyMap<string, ReportImage>;
  /** The PNGs are still being drawn: each figure's comes with the zip. */
  pngsComing: boolean;
  figureWord: string;
  /** Counts figures across the document. */
  figureNo: { n: number };
  /** Start every chapter (heading 1) on a new page — for a report; not for a chapter to paste. */
  chapterOnNewPage: boolean;
  /** Kop 1 and Kop 2 are numbered by Word (headingNumbers.ts): write their text without the typed number. */
  numberedHeadings: boolean;
  /** Where the images' bytes wait while docx writes the document (packDocx.ts). */
  media: MediaSlots;
}

export function runs(rs: readonly Run[], size?: number): TextRun[] {
  return rs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold || r.placeholder || undefined,
        italics: r.italic || undefined,
        highlight: r.placeholder ? 'yellow' : undefined,
        size,
      }),
  );
}

function figure(block: Extract<Block, { kind: 'figure' }>, ctx: BlockContext): Paragraph[] {
  const img = ctx.images.get(imageKey(block.image));
  // "Figuur <SEQ Figuur>. …": Word's own caption numbering, so a list of figures and cross-references work.
  ++ctx.figureNo.n;
  const caption = new Paragraph({
    style: 'Caption',
    alignment: AlignmentType.CENTER,
    children: [new TextRun(`${ctx.figureWord} `), new SequentialIdentifier(ctx.figureWord), new TextRun(`. ${block.caption}`)],
  });
  const png = img?.png ?? (img && ctx.pngsComing ? () => img.png : undefined);
  if (!img || !png) return [caption];
  const size = fitImage(img, IMAGE_BOX[block.layout]);
  const children: ParagraphChild[] = [
    new ImageRun({ type: 'png', data: ctx.media.slot(imageKey(block.image), png), transformation: size, altText: { name: block.caption, title: block.caption, description: block.alt } }),
  ];
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0 }, children }), caption];
}

/** One block as docx elements; `landscape` widens tables to the landscape text width. */
export function docxBlock(block: Block, ctx: BlockContext, landscape = false): DocxChild[] {
  switch (block.kind) {
    case 'heading': {
      const level = block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      const pageBreakBefore = block.level === 1 && ctx.chapterOnNewPage ? true : undefined;
      const split = ctx.numberedHeadings && block.level <= 2 ? splitNumber(block.text) : null;
      // A heading without a number ("Samenvatting", "Bijlagen") opts out of its style's numbering.
      const numbering = ctx.numberedHeadings && block.level <= 2 && !split ? { numbering: false as const } : {};
      return [new Paragraph({ heading: level, pageBreakBefore, ...numbering, children: [new TextRun(split ? split.text : block.text)] })];
    }
    case 'paragraph': {
      const style = block.style === 'note' ? 'Note' : block.style === 'label' ? 'Label' : undefined;
      return [new Paragraph({ ...(style ? { style } : {}), children: runs(block.runs) })];
    }
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return [tableXml(block.columns, block.rows, landscape ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'figure':
      return figure(block, ctx);
    case 'toc':
      return [
        new Paragraph({ style: 'TOCHeading', children: [new TextRun(block.title)] }),
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }),
      ];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'orientation':
      // Handled by renderDocx, which starts a section with the new orientation.
      return [];
  }
}

