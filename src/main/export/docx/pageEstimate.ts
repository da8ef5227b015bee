/**
 * A fast estimate of the page each bookmark of a report's Word body is on, for the contents'
 * page numbers of reports too large for docx's own layout (`docx/layout`, which sets every line
 * as Word does and takes about ten seconds for the 200-risk IVRP; this takes a tenth of a
 * second). It walks the formatted body once, with the rules that layout follows for the kinds of
 * paragraph a report has: runs wrapped at spaces with Arial's widths at their size (bodyXml.ts),
 * the larger of two paragraphs' facing spacings, none at the top of a page, widow and orphan
 * control, keep-with-next, table rows that do not split under a repeated header row, images at
 * their drawn height, page breaks and sections on new pages. On the generated projects it gives
 * docx's numbers but for a rare page (tests/main/export/pageEstimate.test.ts); Word still
 * refreshes them when it opens the file, as the fields are marked for update.
 */
import type { BookmarkListNumber, EstimatedPageNumbers, IStylesOptions, PageNumberEstimator } from 'docx';
import { measureText } from '../../../shared/layout/textMetrics.ts';
import { attr, child, contentOf, kids, linesOf, type Content, type El } from './bodyXml.ts';
import { PAGE } from './page.ts';

interface Para {
  /** Half-points. */
  size: number;
  before: number;
  after: number;
  /** Line spacing in 240ths of a line ("auto"). */
  line: number;
  keepNext: boolean;
  pageBreakBefore: boolean;
  bold: boolean;
}

/** Arial's line height ("single"), in ems. */
const LINE_EM = 1.1499;
/** Table cell margins of the report's table style (docxStyles.ts), in twips, and a row's border. */
const CELL = { x: 160, y: 80, border: 10 };

/** Paragraph metrics by style id, from the report's own styles (docxStyles.ts). */
function styleMetrics(styles: IStylesOptions): Map<string, Para> {
  const doc = styles.default?.document;
  const base: Para = {
    size: Number(doc?.run?.size ?? 20),
    before: doc?.paragraph?.spacing?.before ?? 0,
    after: doc?.paragraph?.spacing?.after ?? 0,
    line: doc?.paragraph?.spacing?.line ?? 240,
    keepNext: false,
    pageBreakBefore: false,
    bold: false,
  };
  type Style = { run?: { size?: number | string; bold?: boolean }; paragraph?: { spacing?: { before?: number; after?: number; line?: number }; keepNext?: boolean; pageBreakBefore?: boolean } };
  const of = (s: Style | undefined): Para => ({
    size: Number(s?.run?.size ?? base.size),
    before: s?.paragraph?.spacing?.before ?? base.before,
    after: s?.paragraph?.spacing?.after ?? base.after,
    line: s?.paragraph?.spacing?.line ?? base.line,
    keepNext: s?.paragraph?.keepNext ?? false,
    pageBreakBefore: s?.paragraph?.pageBreakBefore ?? false,
    bold: s?.run?.bold ?? false,
  });
  const d = styles.default;
  const out = new Map<string, Para>([['', base]]);
  const named: [string, Style | undefined][] = [
    ['Title', d?.title],
    ['Heading1', d?.heading1],
    ['Heading2', d?.heading2],
    ['Heading3', d?.heading3],
    ['Caption', d?.caption],
    ['ListParagraph', d?.listParagraph],
  ];
  for (const [id, s] of named) out.set(id, of(s));
  for (const s of styles.paragraphStyles ?? []) out.set(s.id, of(s as Style));
  return out;
}

interface Geometry {
  width: number;
  height: number;
}

function geometryOf(sectPr: El | undefined): Geometry {
  const size = sectPr && child(sectPr, 'w:pgSz');
  const margin = sectPr && child(sectPr, 'w:pgMar');
  const num = (el: El | undefined, key: string, fallback: number) => Number((el && attr(el, key)) ?? fallback);
  return {
    width: num(size, 'w:w', PAGE.width) - num(margin, 'w:left', PAGE.margin) - num(margin, 'w:right', PAGE.margin),
    height: num(size, 'w:h', PAGE.height) - num(margin, 'w:top', PAGE.margin) - num(margin, 'w:bottom', PAGE.margin),
  };
}

/** The paragraph's own properties over its style's. */
function paraOf(p: El, styles: Map<string, Para>): Para & { indent: number } {
  const pPr = child(p, 'w:pPr');
  const style = pPr && child(pPr, 'w:pStyle');
  const listed = pPr && child(pPr, 'w:numPr');
  const base = styles.get(String((style && attr(style, 'w:val')) ?? (listed ? 'ListParagraph' : ''))) ?? styles.get('')!;
  const spacing = pPr && child(pPr, 'w:spacing');
  const ind = pPr && child(pPr, 'w:ind');
  const num = (key: string, fallback: number) => {
    const v = spacing && attr(spacing, key);
    return v === undefined ? fallback : Number(v);
  };
  return {
    ...base,
    before: num('w:before', base.before),
    after: num('w:after', base.after),
    line: num('w:line', base.line),
    keepNext: base.keepNext || (pPr !== undefined && child(pPr, 'w:keepNext') !== undefined),
    pageBreakBefore: base.pageBreakBefore || (pPr !== undefined && child(pPr, 'w:pageBreakBefore') !== undefined),
    indent: Number((ind && (attr(ind, 'w:left') ?? attr(ind, 'w:start'))) ?? (listed ? 720 : 0)),
  };
}

/** A paragraph measured at a width: its lines (or images) and the space around them, in twips. */
interface Measured {
  para: Para & { indent: number };
  content: Content;
  height: number;
  lineHeight: number;
  lines: number;
}

/** Paragraphs measured already (a heading's next paragraph is measured for keep-with-next, then placed). */
const measured = new WeakMap<El, { width: number; m: Measured }>();

function heightOf(p: El, width: number, styles: Map<string, Para>): Measured {
  const known = measured.get(p);
  if (known && known.width === width) return known.m;
  const m = measure(p, width, styles);
  measured.set(p, { width, m });
  return m;
}

function measure(p: El, width: number, styles: Map<string, Para>): Measured {
  const para = paraOf(p, styles);
  const content = contentOf(p);
  const size = content.size ?? para.size;
  const lineHeight = (size * 10 * LINE_EM * para.line) / 240;
  const lines = content.images > 0 ? 1 : linesOf(content.pieces, width - para.indent, para);
  const body = content.images > 0 ? content.images : lines * lineHeight;
  return { para, content, height: para.before + body + para.after, lineHeight, lines };
}

/** Pages laid out so far, and where on the current one the next line goes (twips from the top). */
interface Cursor {
  page: number;
  y: number;
  /** Space after the paragraph above, which the next one's space before overlaps. */
  after: number;
  bookmarks: Map<string, string>;
}

function newPage(at: Cursor): void {
  at.page++;
  at.y = 0;
  at.after = 0;
}

/** Row heights of a table (the first `upTo` rows), and its header row's height if it repeats. */
function tableHeight(tbl: El, styles: Map<string, Para>, upTo = Infinity): { header: number; rows: number[] } {
  const grid = child(tbl, 'w:tblGrid');
  // Where each grid column starts, so a cell spanning columns finds its width at once.
  const starts = [0];
  for (const g of grid ? kids(grid) : []) starts.push(starts[starts.length - 1]! + Number(attr(g, 'w:w') ?? 0));
  let header = 0;
  const rows: number[] = [];
  for (const tr of kids(tbl)) {
    if (!('w:tr' in tr)) continue;
    if (rows.length >= upTo) break;
    let tallest = 0;
    let col = 0;
    for (const tc of kids(tr)) {
      if (!('w:tc' in tc)) continue;
      const tcPr = child(tc, 'w:tcPr');
      const gridSpan = tcPr && child(tcPr, 'w:gridSpan');
      const span = Number((gridSpan && attr(gridSpan, 'w:val')) ?? 1);
      const end = Math.min(starts.length - 1, col + span);
      const width = starts[end]! - starts[Math.min(col, end)]! - CELL.x;
      col += span;
      let h = CELL.y + CELL.border;
      let after = 0;
      for (const p of kids(tc)) {
        if (!('w:p' in p)) continue;
        const { para, height } = heightOf(p, width, styles);
        // Word leaves the larger of one paragraph's space after and the next one's space before.
        h += height - Math.min(after, para.before);
        after = para.after;
      }
      tallest = Math.max(tallest, h);
    }
    const trPr = child(tr, 'w:trPr');
    if (rows.length === 0 && trPr && child(trPr, 'w:tblHeader')) header = tallest;
    rows.push(tallest);
  }
  return { header, rows };
}

function placeTable(tbl: El, geo: Geometry, styles: Map<string, Para>, at: Cursor): void {
  const { header, rows } = tableHeight(tbl, styles);
  rows.forEach((h, i) => {
    if (at.y > 0 && at.y + h > geo.height) {
      newPage(at);
      if (i > 0) at.y = header;
    }
    at.y += h;
  });
  at.y += CELL.border;
  at.after = 0;
}

/** What a paragraph with keepNext needs below it on the same page: the start of what follows. */
function keptWith(next: El, geo: Geometry, styles: Map<string, Para>): number {
  if ('w:tbl' in next) {
    const { rows } = tableHeight(next, styles, 2);
    return (rows[0] ?? 0) + (rows[1] ?? 0);
  }
  if (!('w:p' in next)) return 0;
  const { para, content, height, lineHeight } = heightOf(next, geo.width, styles);
  return content.images > 0 ? height : Math.min(height, para.before + 2 * lineHeight);
}

function placeParagraph(p: El, next: El | undefined, geo: Geometry, styles: Map<string, Para>, at: Cursor): void {
  const { para, content, height: full, lineHeight, lines } = heightOf(p, geo.width, styles);
  if (para.pageBreakBefore && at.y > 0) newPage(at);
  // Word leaves the larger of the paragraph above's space after and this one's space before, and
  // none at the top of a page.
  const before = at.y === 0 ? 0 : Math.max(0, para.before - at.after);
  // Kept with the next paragraph's first two lines, or a table's first rows: a heading or an
  // image moves to the next page with them.
  const keep = para.keepNext && next ? keptWith(next, geo, styles) : 0;
  const body = full - para.before - para.after;
  // The space after the last paragraph of a page may run into the bottom margin.
  if (at.y > 0 && at.y + before + body + keep > geo.height) {
    // Widow and orphan control: a paragraph splits only with two lines or more on either side.
    const room = Math.floor((geo.height - at.y - before) / lineHeight);
    const splits = !para.keepNext && content.images === 0 && lines >= 4 && room >= 2;
    if (!splits) newPage(at);
  }
  for (const b of content.bookmarks) at.bookmarks.set(b, String(at.page));
  const top = at.y === 0 ? 0 : before;
  const room = Math.floor((geo.height - at.y - top) / lineHeight);
  if (content.images > 0 || lines <= room) {
    at.y += top + body + para.after;
  } else {
    // Runs on over the next pages, leaving at least two lines for the last.
    let left = lines - Math.min(room, lines - 2);
    const perPage = Math.max(1, Math.floor(geo.height / lineHeight));
    at.page++;
    while (left > perPage) {
      left -= Math.max(1, Math.min(perPage, left - 2));
      at.page++;
    }
    at.y = left * lineHeight + para.after;
  }
  at.after = para.after;
  if (content.pageBreak) newPage(at);
}

/**
 * The numbers Word gives the numbered headings that carry bookmarks (the contents' entries): Kop 1
 * counts chapters from `start[0]`, Kop 2 sections from `start[1]` within each (headingNumbers.ts);
 * a heading that opts out of the numbering (`numId` 0) has none.
 */
function headingListNumbers(top: readonly El[], start: readonly [number, number]): Map<string, BookmarkListNumber> {
  const out = new Map<string, BookmarkListNumber>();
  let chapter = start[0] - 1;
  let section = start[1] - 1;
  for (const el of top) {
    if (!('w:p' in el)) continue;
    const pPr = child(el, 'w:pPr');
    const style = pPr && child(pPr, 'w:pStyle');
    const level = style ? ({ Heading1: 1, Heading2: 2 } as Record<string, number>)[String(attr(style, 'w:val'))] : undefined;
    if (!level) continue;
    const numPr = pPr && child(pPr, 'w:numPr');
    const numId = numPr && child(numPr, 'w:numId');
    if (numId && Number(attr(numId, 'w:val')) === 0) continue;
    if (level === 1) {
      chapter++;
      section = start[1] - 1;
    } else section++;
    const text = level === 1 ? `${chapter}` : `${chapter}.${section}`;
    // The width Word measures the number with (in its Normal template's 12 pt), in twips.
    const number = { text, separator: 'space' as const, width: Math.round(measureText(text, 240)) };
    for (const b of contentOf(el).bookmarks) out.set(b, number);
  }
  return out;
}

/**
 * The estimator docx calls with the formatted body (see `PageNumberEstimator` in docx): the page
 * of each bookmark, by name, and the page count.
 */
export function fastPageNumbers(styles: IStylesOptions, numbering: { start: [number, number] } | null): PageNumberEstimator {
  const metrics = styleMetrics(styles);
  const estimate = (body: object): EstimatedPageNumbers => {
    try {
      return layOut(body);
    } catch {
      // A body this walk cannot read: no numbers rather than no document (Word fills them in).
      return { bookmarks: new Map() };
    }
  };
  const layOut = (body: object) => {
    const root = body as El;
    const top = kids(root);
    // A section's properties close it: in the last paragraph of each section, and at the end of the body.
    const sections: { items: El[]; geo: Geometry }[] = [];
    let items: El[] = [];
    for (const el of top) {
      if ('w:sectPr' in el) {
        sections.push({ items, geo: geometryOf(el) });
        items = [];
        continue;
      }
      items.push(el);
      const pPr = 'w:p' in el ? child(el, 'w:pPr') : undefined;
      const sectPr = pPr && child(pPr, 'w:sectPr');
      if (sectPr) {
        sections.push({ items, geo: geometryOf(sectPr) });
        items = [];
      }
    }
    if (items.length > 0) sections.push({ items, geo: geometryOf(undefined) });
    const at: Cursor = { page: 1, y: 0, after: 0, bookmarks: new Map() };
    const sectionPageCounts: number[] = [];
    sections.forEach(({ items: els, geo }, s) => {
      if (s > 0) newPage(at);
      const first = at.page;
      const flat = els.flatMap((el) => ('w:sdt' in el ? kids(child(el, 'w:sdtContent') ?? {}) : [el]));
      flat.forEach((el, i) => {
        if ('w:tbl' in el) placeTable(el, geo, metrics, at);
        else if ('w:p' in el) placeParagraph(el, flat[i + 1], geo, metrics, at);
      });
      sectionPageCounts.push(at.page - first + 1);
    });
    return { bookmarks: at.bookmarks, pageCount: at.page, sectionPageCounts };
  };
  // The contents' entries of numbered headings start with their number, as Word writes them.
  const listNumbers = (body: object) => (numbering ? headingListNumbers(kids(body as El), numbering.start) : new Map<string, BookmarkListNumber>());
  return Object.assign(estimate, { listNumbers });
}
