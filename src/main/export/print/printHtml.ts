/**
 * The print view: one self-contained HTML page built from the report content model, printed to
 * PDF by Chromium (CLI, web host) or by Electron. Figures are the renderer's SVG as images, so
 * they stay vector in the PDF and their ids cannot clash. Every text is escaped; the page needs
 * no scripts and no network.
 */
import { imageKey, type Block, type ReportDoc, type Run } from '../../../shared/report/blocks.ts';
import { reportText } from '../../../shared/report/text/index.ts';
import type { ReportImage } from '../diagrams.ts';
import { printCss } from './printCss.ts';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      let h = esc(r.text);
      if (r.italic) h = `<em>${h}</em>`;
      if (r.bold && !r.placeholder) h = `<strong>${h}</strong>`;
      return r.placeholder ? `<mark class="gap">${h}</mark>` : h;
    })
    .join('');
}

/** A heading of the table of contents: its anchor id, level and text. */
export interface TocEntry {
  id: string;
  level: 1 | 2;
  text: string;
}

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

export interface PrintHtmlOptions {
  images: ReadonlyMap<string, ReportImage>;
  /** Page number per TOC anchor id, once known. */
  tocPages?: ReadonlyMap<string, number>;
  /**
   * Before the page numbers are known: every TOC slot holds a stand-in digit, so that this print
   * and the later one of the front matter with the real numbers draw the same marked content.
   */
  pendingPages?: boolean;
  /** Only the front matter: the title page and everything up to and including the TOC. */
  frontOnly?: boolean;
}

export interface PrintView {
  html: string;
  toc: TocEntry[];
  /**
   * The id of the chapter heading that starts the first page after the front matter, when the
   * front matter ends at a page break of its own (so its pages can be printed apart); else null.
   */
  afterFront: string | null;
}

/** The print view of a report, and the TOC entries it links to. */
export function printHtml(report: ReportDoc, opts: PrintHtmlOptions): PrintView {
  const tx = reportText(report.lang);
  const toc: TocEntry[] = [];
  let headingNo = 0;
  let figureNo = 0;
  const body: string[] = [];
  // Headings get ids first, so the table of contents can be written where it stands.
  const ids = new Map<Block, string>();
  for (const b of report.blocks) {
    if (b.kind !== 'heading') continue;
    const id = `h${++headingNo}`;
    ids.set(b, id);
    if (b.level <= 2) toc.push({ id, level: b.level as 1 | 2, text: b.text });
  }
  const page = (id: string) => opts.tocPages?.get(id) ?? (opts.pendingPages ? 0 : undefined);
  let wide = false;
  const tocAt = report.blocks.findIndex((b) => b.kind === 'toc');
  const after = tocAt < 0 ? undefined : report.blocks.slice(tocAt + 1).find((b) => b.kind !== 'pageBreak');
  // Chapter headings (h1) start a page (printCss); nothing before the TOC may be landscape.
  const frontAlone = after?.kind === 'heading' && after.level === 1 && !report.blocks.slice(0, tocAt).some((b) => b.kind === 'orientation' || (b.kind === 'figure' && b.layout === 'landscape'));
  const afterFront = frontAlone ? ids.get(after)! : null;

  if (report.titlePage) {
    const tp = report.titlePage;
    body.push(
      `<section class="title-page"><div class="kicker">${esc(tp.kicker)}</div><h1 class="title">${esc(tp.title)}</h1><div class="subtitle">${esc(tp.subtitle)}</div>${tp.lines
        .map((l) => `<p class="line">${esc(l)}</p>`)
        .join('')}</section>`,
    );
  }
  for (const b of opts.frontOnly ? report.blocks.slice(0, tocAt + 1) : report.blocks) {
    switch (b.kind) {
      case 'heading':
        body.push(`<h${b.level} id="${ids.get(b)}">${esc(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        body.push(`<p${b.style && b.style !== 'normal' ? ` class="${b.style}"` : ''}>${runs(b.runs)}</p>`);
        break;
      case 'list':
        body.push(`<ul>${b.items.map((i) => `<li>${runs(i)}</li>`).join('')}</ul>`);
        break;
      case 'table': {
        const total = b.columns.reduce((s, c) => s + c.width, 0);
        const cols = b.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
        const head = `<thead><tr>${b.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead>`;
        const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td${c.fill ? ` style="background:${esc(c.fill)}"` : ''}>${runs(c.runs)}</td>`).join('')}</tr>`).join('');
        body.push(`<table><colgroup>${cols}</colgroup>${head}<tbody>${rows}</tbody></table>`);
        break;
      }
      case 'figure': {
        const img = opts.images.get(imageKey(b.image));
        const caption = `<figcaption>${esc(`${tx.figure} ${++figureNo}. ${b.caption}`)}</figcaption>`;
        body.push(`<figure class="${b.layout}">${img ? `<img src="${svgDataUri(img.svg)}" alt="${esc(b.alt)}">` : ''}${caption}</figure>`);
        break;
      }
      case 'toc':
        body.push(
          `<nav class="toc"><h2>${esc(b.title)}</h2><ol>${toc
            .map((e) => `<li class="l${e.level}"><a href="#${e.id}"><span class="t">${esc(e.text)}</span><span class="dots"></span><span class="pg">${page(e.id) ?? ''}</span></a></li>`)
            .join('')}</ol></nav>`,
        );
        break;
      case 'pageBreak':
        body.push('<div style="break-after: page"></div>');
        break;
      case 'orientation':
        if (wide) body.push('</section>');
        if (b.landscape) body.push('<section class="wide">');
        wide = b.landscape;
        break;
    }
  }
  if (wide) body.push('</section>');
  const html = `<!doctype html><html lang="${report.lang}"><head><meta charset="utf-8"><title>${esc(report.title)}</title><style>${printCss(report.footer, tx.footerPage, report.classification)}</style></head><body>${body.join('\n')}</body></html>`;
  return { html, toc, afterFront };
}
