/**
 * The figures of a report, drawn from the report's own (possibly filtered) document by the one
 * diagram renderer: SVG for the print view, PNG for Word. PNGs are rendered off the main thread
 * (resvg's async render runs on libuv's thread pool), so a long report neither blocks the host
 * nor waits on one core.
 */
import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { renderMatrixSvg } from '../../shared/diagram/matrixSvg.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { imageKey, type ImageRef } from '../../shared/report/blocks.ts';
import { reportBowtieSvg } from '../../shared/report/bowtieFigure.ts';

export interface ReportImage {
  svg: string;
  /** Size of the drawing in SVG units (its natural size). */
  width: number;
  height: number;
  /** Present when PNGs were asked for. */
  png?: Buffer;
}

export interface DiagramOptions {
  lang: Language;
  /** Also leave out what is internal (the report's document is already filtered; this is a second guard). */
  publication: boolean;
  omitInternal: boolean;
}

/** The SVG of one figure of a report. */
export function figureSvg(doc: ProjectDoc, ref: ImageRef, opts: DiagramOptions): string {
  const idPrefix = imageKey(ref).replace(/[^A-Za-z0-9_-]/g, '-');
  if (ref.kind === 'svg') return ref.svg;
  if (ref.kind === 'bowtie') return reportBowtieSvg(doc, ref.riskId, ref.part, { ...opts, idPrefix });
  return renderMatrixSvg(doc, { lang: opts.lang, publication: opts.publication, excludeInternal: opts.omitInternal, idPrefix });
}

/** Natural width and height of a standalone SVG document. */
export function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, 600);
  const w = /\swidth="([\d.]+)"/.exec(head);
  const h = /\sheight="([\d.]+)"/.exec(head);
  if (w && h) return { width: Number(w[1]), height: Number(h[1]) };
  const vb = /viewBox="[\d.-]+\s+[\d.-]+\s+([\d.]+)\s+([\d.]+)"/.exec(head);
  return vb ? { width: Number(vb[1]), height: Number(vb[2]) } : { width: 800, height: 600 };
}

/**
 * Same look as `svgToPng` (png.ts): the diagrams are laid out with Liberation Sans metrics. When
 * its files are where Debian and most Linux systems keep them, only they are loaded, which saves
 * scanning every system font for each image; elsewhere the system fonts are used.
 */
const LIBERATION = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((f) => `/usr/share/fonts/truetype/liberation/LiberationSans-${f}.ttf`);
const SYSTEM_FONTS = { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };
let liberation: typeof SYSTEM_FONTS & { fontFiles?: string[] } | null = null;
/** Characters Liberation Sans has (Latin, punctuation, €, ™); anything else needs the system's fallback fonts. */
const OUTSIDE_LIBERATION = /[^\t\n\r\u0020-\u024F\u2000-\u206F\u20AC\u2122]/;
function fonts(svg: string) {
  liberation ??= LIBERATION.every((f) => existsSync(f)) ? { ...SYSTEM_FONTS, loadSystemFonts: false, fontFiles: LIBERATION } : SYSTEM_FONTS;
  return OUTSIDE_LIBERATION.test(svg) ? SYSTEM_FONTS : liberation;
}

function pngOptions(svg: string, zoom: number) {
  return { fitTo: { mode: 'zoom' as const, value: zoom }, font: fonts(svg), shapeRendering: 2 as const, textRendering: 1 as const, logLevel: 'off' as const };
}

/**
 * Renders PNGs off the main thread. All jobs are handed to libuv's thread pool at once (it runs
 * as many as it has threads), so they keep going while the main thread is busy with other work.
 */
export async function pngsAsync(jobs: readonly { svg: string; zoom: number }[], onDone?: (done: number) => void): Promise<Buffer[]> {
  let done = 0;
  return Promise.all(
    jobs.map(async (job) => {
      const png = (await renderAsync(job.svg, pngOptions(job.svg, job.zoom))).asPng();
      onDone?.(++done);
      return png;
    }),
  );
}

export interface RenderImagesOptions extends DiagramOptions {
  /** Render PNGs too, with the zoom this function picks per image (for Word). */
  png?: (size: { width: number; height: number }, ref: ImageRef) => number;
  onProgress?: (done: number, total: number) => void;
}

/** SVG (and optionally PNG) for every figure a report uses, by image key. */
export async function renderImages(doc: ProjectDoc, refs: readonly ImageRef[], opts: RenderImagesOptions): Promise<Map<string, ReportImage>> {
  const images = new Map<string, ReportImage>();
  for (const ref of refs) {
    const svg = figureSvg(doc, ref, opts);
    images.set(imageKey(ref), { svg, ...svgSize(svg) });
  }
  if (opts.png) {
    const zoomOf = opts.png;
    const keys = refs.map(imageKey);
    const jobs = refs.map((ref) => {
      const img = images.get(imageKey(ref))!;
      return { svg: img.svg, zoom: zoomOf(img, ref) };
    });
    const pngs = await pngsAsync(jobs, (done) => opts.onProgress?.(done, jobs.length));
    keys.forEach((k, i) => (images.get(k)!.png = pngs[i]));
  }
  return images;
}
