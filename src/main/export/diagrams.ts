/**
 * The figures of a report, drawn from the report's own (possibly filtered) document by the one
 * diagram renderer: SVG for the print view, PNG for Word. PNGs are rendered off the main thread
 * (resvg's async render runs on libuv's thread pool), a few at a time, so a long report neither
 * blocks the host nor waits on one core nor holds every pixel buffer at once; a figure whose
 * picture did not change since an earlier export comes from the figure cache (pngCache.ts).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import { renderMatrixSvg } from '../../shared/diagram/matrixSvg.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { imageIdPrefix, imageKey, type ImageRef } from '../../shared/report/blocks.ts';
import { releaseDrawings } from './nativeMemory.ts';
import { figurePngs, PngCache } from './pngCache.ts';
import { encodePng } from './pngEncode.ts';
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
  const idPrefix = imageIdPrefix(ref);
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

export interface PngJob {
  svg: string;
  zoom: number;
}

/**
 * How many PNGs are drawn at once. Each drawing holds its full pixel buffer (a bow-tie at zoom 2
 * is about 40 MB) until it is encoded, so handing hundreds to the thread pool at once piles up
 * gigabytes; a few at a time keep the pool busy and the memory flat.
 */
export const PNG_CONCURRENCY = Math.max(3, Math.min(4, availableParallelism() + 1));

/**
 * Draws the PNGs off the main thread (resvg's async render runs on libuv's thread pool), a few at
 * a time, and hands each to `onPng` as soon as it is done — in any order — so a caller that
 * writes them out never holds them all. With a cache, a picture drawn before is taken from it.
 */
export async function eachPng(jobs: readonly PngJob[], onPng: (index: number, png: Buffer) => void | Promise<void>, opts: { cache?: PngCache } = {}): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const job = jobs[i]!;
      const key = opts.cache ? PngCache.key(job.svg, job.zoom) : '';
      let png = opts.cache?.get(key);
      if (!png) {
        const drawing = await renderAsync(job.svg, pngOptions(job.svg, job.zoom));
        const bytes = drawing.width * drawing.height * 4;
        png = await encodePng(drawing);
        opts.cache?.set(key, png);
        releaseDrawings(bytes);
      }
      await onPng(i, png);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PNG_CONCURRENCY, jobs.length) }, worker));
}

/** The PNGs of `jobs`, in order (see eachPng). */
export async function pngsAsync(jobs: readonly PngJob[], onDone?: (done: number) => void, opts: { cache?: PngCache } = {}): Promise<Buffer[]> {
  const out: Buffer[] = new Array<Buffer>(jobs.length);
  let done = 0;
  await eachPng(
    jobs,
    (i, png) => {
      out[i] = png;
      onDone?.(++done);
    },
    opts,
  );
  return out;
}

export interface RenderImagesOptions extends DiagramOptions {
  /** Render PNGs too, with the zoom this function picks per image (for Word). */
  png?: (size: { width: number; height: number }, ref: ImageRef) => number;
  onProgress?: (done: number, total: number) => void;
  /** Where PNGs drawn before are kept (default: this process's figure cache; null: none). */
  cache?: PngCache | null;
  /** SVGs drawn already, by image key (ReportDoc.drawn). */
  drawn?: ReadonlyMap<string, string> | undefined;
}

/** SVG (and optionally PNG) for every figure a report uses, by image key. */
export async function renderImages(doc: ProjectDoc, refs: readonly ImageRef[], opts: RenderImagesOptions): Promise<Map<string, ReportImage>> {
  const images = new Map<string, ReportImage>();
  for (const ref of refs) {
    const svg = opts.drawn?.get(imageKey(ref)) ?? figureSvg(doc, ref, opts);
    images.set(imageKey(ref), { svg, ...svgSize(svg) });
  }
  if (opts.png) {
    const zoomOf = opts.png;
    const keys = refs.map(imageKey);
    const jobs = refs.map((ref) => {
      const img = images.get(imageKey(ref))!;
      return { svg: img.svg, zoom: zoomOf(img, ref) };
    });
    const cache = opts.cache === undefined ? figurePngs : opts.cache;
    const pngs = await pngsAsync(jobs, (done) => opts.onProgress?.(done, jobs.length), cache ? { cache } : {});
    keys.forEach((k, i) => (images.get(k)!.png = pngs[i]));
  }
  return images;
}
