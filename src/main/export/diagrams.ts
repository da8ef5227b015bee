/**
 * The figures of a report, drawn from the report's own (possibly filtered) document by the one
 * diagram renderer: SVG for the print view, PNG for Word. PNGs are drawn in the PNG worker
 * (pngPool.ts), a few at a time, so a long report neither blocks the host nor waits on one core
 * nor holds every pixel buffer at once; a figure whose picture did not change since an earlier
 * export comes from the figure cache (pngCache.ts).
 */
import { renderMatrixSvg } from '../../shared/diagram/matrixSvg.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { imageIdPrefix, imageKey, type ImageRef } from '../../shared/report/blocks.ts';
import { svgSize, type PngJob } from './drawPng.ts';
import { figurePngs, PngCache } from './pngCache.ts';
import { drawPngOffThread } from './pngPool.ts';
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

export interface EachPngOptions {
  cache?: PngCache;
  /** What draws one PNG (default: the PNG worker, which draws a few at a time: pngQueue.ts). */
  draw?: (job: PngJob) => Promise<Buffer>;
}

/**
 * How many PNGs are handed out and not yet taken by the caller: enough for the worker to keep
 * drawing while the host is busy writing a document, few enough that finished PNGs do not pile
 * up when the caller writes them out slower than they are drawn.
 */
export const PNG_WINDOW = 16;

/**
 * Hands the PNGs to be drawn (in the PNG worker, pngPool.ts, which draws a few at a time within
 * its memory), up to PNG_WINDOW ahead, and each to `onPng` as soon as it is done — in any order —
 * so a caller that writes them out never holds them all. With a cache, a picture drawn before is
 * taken from it.
 */
export async function eachPng(jobs: readonly PngJob[], onPng: (index: number, png: Buffer) => void | Promise<void>, opts: EachPngOptions = {}): Promise<void> {
  const draw = opts.draw ?? drawPngOffThread;
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < jobs.length; i = next++) {
      const job = jobs[i]!;
      const key = opts.cache ? PngCache.key(job.svg, job.zoom) : '';
      let png = opts.cache?.get(key);
      if (!png) {
        png = await draw(job);
        opts.cache?.set(key, png);
      }
      await onPng(i, png);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PNG_WINDOW, jobs.length) }, lane));
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

/**
 * SVG and size of every figure a report uses, by image key, at once; with `png`, also the PNGs,
 * drawn in the background: `pngs` settles once every image has its `png`. A document can be
 * written meanwhile, as only the images' sizes go into its text.
 */
export function startImages(doc: ProjectDoc, refs: readonly ImageRef[], opts: RenderImagesOptions): { images: Map<string, ReportImage>; pngs: Promise<void> | null } {
  const images = new Map<string, ReportImage>();
  for (const ref of refs) {
    const svg = opts.drawn?.get(imageKey(ref)) ?? figureSvg(doc, ref, opts);
    images.set(imageKey(ref), { svg, ...svgSize(svg) });
  }
  if (!opts.png) return { images, pngs: null };
  const zoomOf = opts.png;
  const keys = refs.map(imageKey);
  const jobs = refs.map((ref) => {
    const img = images.get(imageKey(ref))!;
    return { svg: img.svg, zoom: zoomOf(img, ref) };
  });
  const cache = opts.cache === undefined ? figurePngs : opts.cache;
  const pngs = pngsAsync(jobs, (done) => opts.onProgress?.(done, jobs.length), cache ? { cache } : {}).then((drawn) => {
    keys.forEach((k, i) => (images.get(k)!.png = drawn[i]));
  });
  return { images, pngs };
}

/** SVG (and optionally PNG) for every figure a report uses, by image key. */
export async function renderImages(doc: ProjectDoc, refs: readonly ImageRef[], opts: RenderImagesOptions): Promise<Map<string, ReportImage>> {
  const { images, pngs } = startImages(doc, refs, opts);
  await pngs;
  return images;
}
