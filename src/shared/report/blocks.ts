/**
 * The report content model: what a report says, independent of the file format. The IVRP report
 * and the IVP chapters are built as a list of blocks; the Word writer and the HTML print view
 * (for PDF) render the same blocks, so both always carry the same text, tables and figures.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Language } from '../model/vocab.ts';

/** A piece of text with its emphasis. A placeholder run marks text the user must still write. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** "[Nog in te vullen: …]" — rendered highlighted so it cannot be missed. */
  placeholder?: boolean;
}

export interface TableColumn {
  header: string;
  /** Relative width; the renderers scale the weights to the text width. */
  width: number;
}

export interface TableCell {
  runs: Run[];
  /** Background colour (#rrggbb), e.g. a risk band; the cell text always names the band too. */
  fill?: string;
}

/**
 * A diagram the renderers draw from the (possibly filtered) project, or a drawing the report
 * already made (`svg`: e.g. the evidence trends, drawn from figures that are not in the project).
 */
export type ImageRef = { kind: 'matrix' } | { kind: 'bowtie'; riskId: string; part?: BowtiePart } | { kind: 'svg'; key: string; svg: string };

/** Half of a bow-tie too large for one page: the causes side or the consequences side, each with the central event. */
export type BowtiePart = 'causes' | 'consequences';

/**
 * How a figure sits on the page: in the text column, or on a page of its own — A4 landscape, or
 * A3 (landscape or portrait) for a bow-tie whose labels would otherwise print too small.
 */
export type FigureLayout = 'inline' | 'landscape' | 'a3-landscape' | 'a3-portrait';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[]; style?: 'normal' | 'note' | 'label' }
  | { kind: 'list'; items: Run[][] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableCell[][] }
  | { kind: 'figure'; image: ImageRef; caption: string; alt: string; layout: FigureLayout }
  | { kind: 'toc'; title: string }
  | { kind: 'pageBreak' }
  /** From here on, pages are landscape (wide tables) or portrait again; starts a new page. */
  | { kind: 'orientation'; landscape: boolean };

export interface TitlePage {
  /** Small line above the title, e.g. "Integraal Veiligheidsrisicoprofiel". */
  kicker: string;
  title: string;
  subtitle: string;
  /** Date, status, confidentiality… one per line. */
  lines: string[];
}

export interface ReportDoc {
  lang: Language;
  /** Document title (file properties, PDF title). */
  title: string;
  /** Absent for documents meant to be pasted into a larger one (IVP chapters). */
  titlePage: TitlePage | null;
  blocks: Block[];
  /** Text in the page footer next to the page number. */
  footer: string;
  /** The classification in the header of every page ("VERTROUWELIJK …"); null for a public document. */
  classification: string | null;
  /**
   * The document the report was written from — for a publication already without confidential
   * items. Figures are drawn from this same document, so they leave out the same things.
   */
  source: ProjectDoc;
  /**
   * SVGs of figures already drawn from `source` (while planning their pages), by image key, with
   * the ids imageIdPrefix gives: the exports draw only what is missing.
   */
  drawn?: ReadonlyMap<string, string>;
}

/** A stable key for an image, e.g. "matrix", "bowtie:<riskId>", "bowtie:<riskId>:causes" or "svg:<key>". */
export function imageKey(ref: ImageRef): string {
  if (ref.kind === 'bowtie') return ref.part ? `bowtie:${ref.riskId}:${ref.part}` : `bowtie:${ref.riskId}`;
  return ref.kind === 'matrix' ? 'matrix' : `svg:${ref.key}`;
}

/** The prefix of the ids inside an image's SVG, so that several figures can share one page. */
export function imageIdPrefix(ref: ImageRef): string {
  return imageKey(ref).replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The distinct images a report needs, in order of first use. */
export function imagesOf(report: ReportDoc): ImageRef[] {
  const seen = new Map<string, ImageRef>();
  for (const b of report.blocks) if (b.kind === 'figure' && !seen.has(imageKey(b.image))) seen.set(imageKey(b.image), b.image);
  return [...seen.values()];
}

/** Every text of a report in reading order, for tests and for the privacy check of what goes out. */
export function plainText(report: ReportDoc): string {
  const out: string[] = [];
  const runs = (rs: Run[]) => rs.map((r) => r.text).join('');
  if (report.titlePage) out.push(report.titlePage.kicker, report.titlePage.title, report.titlePage.subtitle, ...report.titlePage.lines);
  for (const b of report.blocks) {
    if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'paragraph') out.push(runs(b.runs));
    else if (b.kind === 'list') out.push(...b.items.map(runs));
    else if (b.kind === 'table') out.push(b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.map((c) => runs(c.runs)).join(' | ')));
    else if (b.kind === 'figure') out.push(b.caption);
    else if (b.kind === 'toc') out.push(b.title);
  }
  return out.join('\n');
}
