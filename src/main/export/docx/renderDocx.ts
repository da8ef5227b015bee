/**
 * A report content model as a Word document: title page, table of contents (with page numbers
 * worked out by docx's layout for a small report, by the fast estimate of pageEstimate.ts for a
 * large one, which Word refreshes on opening), page numbers in the footer, and wide bow-ties on
 * landscape pages of their own.
 */
import { AlignmentType, Document, Footer, Header, PageNumber, PageOrientation, Paragraph, SectionType, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { fastPageNumbers } from './pageEstimate.ts';
import type { Block, FigureLayout, ReportDoc } from '../../../shared/report/blocks.ts';
import { ownPage } from '../../../shared/report/figurePages.ts';
import { cleanXmlDeep } from '../../../shared/model/xmlText.ts';
import type { ReportImage } from '../diagrams.ts';
import { docxBlock, type BlockContext, type DocxChild } from './docxBlocks.ts';
import { docxStyles, tableStylesXml } from './docxStyles.ts';
import { headingNumbering, planHeadingNumbers } from './headingNumbers.ts';
import { MediaSlots, packDocx } from './packDocx.ts';
import { LANDSCAPE_TEXT_WIDTH_TWIPS, marginTwips, PAGE, paperTwips, TEXT_WIDTH_TWIPS, textWidthTwips } from './page.ts';

function footer(text: string, pageWord: string, sec: Pick<PlannedSection, 'paper' | 'figure'>): Footer {
  const width = sec.figure ? textWidthTwips(sec.paper) : sec.paper === 'landscape' ? LANDSCAPE_TEXT_WIDTH_TWIPS : TEXT_WIDTH_TWIPS;
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

/**
 * Section properties for a page of `paper` ('inline': A4 portrait, 'landscape': A4 landscape, or
 * A3); a figure's own page has the narrower figure margin.
 */
/** The classification on every page, top right, so a loose printed page still shows it. */
function header(classification: string): Header {
  return new Header({ children: [new Paragraph({ style: 'Header', alignment: AlignmentType.RIGHT, children: [new TextRun({ text: classification, bold: true, color: 'C00000' })] })] });
}

function pageProps({ paper, figure }: Pick<PlannedSection, 'paper' | 'figure'>, first: boolean) {
  const sheet = paper === 'inline' || paper === 'landscape' ? { width: PAGE.width, height: PAGE.height, landscape: paper === 'landscape' } : paperTwips(paper);
  const margin = figure ? marginTwips(paper) : PAGE.margin;
  return {
    ...(first ? {} : { type: SectionType.NEXT_PAGE }),
    page: {
      size: { width: sheet.width, height: sheet.height, orientation: sheet.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: margin, bottom: margin, left: margin, right: margin, footer: PAGE.footer },
    },
  };
}

function titleSection(report: ReportDoc): ISectionOptions | null {
  const tp = report.titlePage;
  if (!tp) return null;
  return {
    properties: pageProps({ paper: 'inline', figure: false }, true),
    ...(report.classification ? { headers: { default: header(report.classification) } } : {}),
    children: [
      new Paragraph({ spacing: { before: 3600, after: 120 }, children: [new TextRun({ text: tp.kicker, size: 30, color: '2E5395' })] }),
      new Paragraph({ style: 'Title', children: [new TextRun(tp.title)] }),
      new Paragraph({ style: 'Subtitle', children: [new TextRun(tp.subtitle)] }),
      ...tp.lines.map((line) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: line, color: '595959' })] })),
    ],
  };
}

interface PlannedSection {
  /** The paper of the section's pages: 'inline' is A4 portrait. */
  paper: FigureLayout;
  /** A page of its own for one figure (narrower margins). */
  figure: boolean;
  children: DocxChild[];
}

/**
 * Splits the blocks into sections: at orientation changes (wide tables on landscape pages), and
 * around figures on a page of their own (A4 landscape or A3), which get a section of their own.
 */
function planSections(report: ReportDoc, ctx: BlockContext): PlannedSection[] {
  const sections: PlannedSection[] = [];
  let current: DocxChild[] = [];
  let landscape = false;
  const flush = (paper: FigureLayout, figure = false) => {
    if (current.length > 0) sections.push({ paper, figure, children: current });
    current = [];
  };
  const here = (): FigureLayout => (landscape ? 'landscape' : 'inline');
  for (const block of report.blocks as Block[]) {
    if (block.kind === 'orientation') {
      flush(here());
      landscape = block.landscape;
    } else if (block.kind === 'figure') {
      const own = ownPage(block.layout) && block.layout !== here();
      if (own) flush(here());
      current.push(...docxBlock(block, ctx, block.layout !== 'inline' || landscape));
      if (own) flush(block.layout, true);
    } else {
      current.push(...docxBlock(block, ctx, landscape));
    }
  }
  flush(here());
  return sections;
}

export interface DocxWords {
  figure: string;
  page: string;
}

/** Up to this size (blocks, table rows) docx's own layout works out the TOC page numbers. */
export const ESTIMATE_LIMIT = { blocks: 250, tableRows: 1200 };

/** Whether docx's own layout writes the TOC page numbers (see ESTIMATE_LIMIT); else the fast estimate does. */
export function estimatesPages(report: ReportDoc): boolean {
  const rows = report.blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0);
  return report.blocks.length <= ESTIMATE_LIMIT.blocks && rows <= ESTIMATE_LIMIT.tableRows;
}

/**
 * Writes the report as .docx bytes. `images` has each figure's SVG and size, and its PNG — or,
 * with `drawing` (see startImages), the PNG to come: the whole document is written meanwhile,
 * and only the zip waits for the figures.
 */
export async function renderDocx(input: ReportDoc, images: ReadonlyMap<string, ReportImage>, words: DocxWords, drawing?: Promise<unknown>): Promise<Buffer> {
  // The docx library escapes markup but writes characters XML cannot hold as they are; Word then
  // refuses the file. Every text of the report goes through the model's one rule here.
  const report = { ...cleanXmlDeep({ ...input, source: null, drawn: undefined }), source: input.source };
  const headings = planHeadingNumbers(report.blocks);
  const media = new MediaSlots();
  const ctx: BlockContext = { images, pngsComing: drawing !== undefined, media, figureWord: words.figure, figureNo: { n: 0 }, chapterOnNewPage: report.titlePage !== null, numberedHeadings: headings !== null };
  const title = titleSection(report);
  const planned = planSections(report, ctx);
  // Figures are numbered as they are built, in document order.
  const body: ISectionOptions[] = planned.map((sec, i) => ({
    properties: pageProps(sec, !title && i === 0),
    footers: { default: footer(report.footer, words.page, sec) },
    ...(report.classification ? { headers: { default: header(report.classification) } } : {}),
    children: sec.children,
  }));
  const estimate = estimatesPages(report);
  const styles = docxStyles({ lang: report.lang, numberedHeadings: headings !== null });
  const doc = new Document({
    title: report.title,
    creator: 'Vlinder',
    description: report.title,
    externalStyles: tableStylesXml(),
    styles,
    ...(headings ? { numbering: { config: [headingNumbering(headings)] } } : {}),
    // Small reports get their TOC page numbers from docx's layout of the pages (clean fields, no
    // prompt in Word). That layout costs seconds per hundred pages, so a large report gets them
    // from the fast estimate (pageEstimate.ts), and Word still updates the fields on opening.
    pageNumbers: estimate ? estimatePageNumbers : fastPageNumbers(styles, headings),
    features: { updateFields: !estimate },
    sections: [...(title ? [title] : []), ...body],
  });
  return packDocx(doc, media, drawing);
}
