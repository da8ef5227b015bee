/**
 * The figures of a report, drawn from the report's own (possibly filtered) document by the one
 * diagram renderer: SVG for the print view, PNG for Word. PNGs are rendered off the main thread
 * (resvg's async render runs on libuv's pool), a few at a time, so a long report neither blocks
 * the host nor waits on one core.
 */
import { availableParallelism } from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import { renderBowtieSvg } from '../../shared/diagram/bowtieSvg.ts';
import { renderMatrixSvg } from '../../shared/diagram/matrixSvg.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { imageKey, type ImageRef } from '../../shared/report/blocks.ts';

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
  const common = { lang: opts.lang, publication: opts.publication, excludeInternal: opts.omitInternal, idPrefix: imageKey(ref).replace(/[^A-Za-z0-9_-]/g, '-') };
  return ref.kind === 'matrix' ? renderMatrixSvg(doc, common) : renderBowtieSvg(doc, ref.riskId, common);
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

/** Same settings as `svgToPng` (png.ts), so report images and diagram exports look alike. */
function pngOptions(zoom: number) {
  return {
    fitTo: { mode: 'zoom' as const, value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    shapeRendering: 2 as const,
    textRendering: 1 as const,
    logLevel: 'off' as const,
  };
}

/** Renders PNGs off the main thread, `limit` at a time. */
export async function pngsAsync(jobs: readonly { svg: string; zoom: number }[], onDone?: (done: number) => void): Promise<Buffer[]> {
  const out: Buffer[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const limit = Math.max(1, Math.min(4, availableParallelism()));
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const img = await renderAsync(jobs[i]!.svg, pngOptions(jobs[i]!.zoom));
      out[i] = img.asPng();
      onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return out;
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
