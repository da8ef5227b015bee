/**
 * One figure's PNG from its SVG: drawn by resvg on libuv's thread pool, its pixels read and the
 * native drawing let go at once (nativeMemory.ts), then encoded by the own encoder. Runs in the
 * PNG worker (pngPool.ts) and, where no worker can start, on the calling thread.
 */
import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { collectDrawings, letGo } from './nativeMemory.ts';
import { encodePng } from './pngEncode.ts';

export interface PngJob {
  svg: string;
  zoom: number;
  /**
   * Collect the drawing worker's whole heap after this one, so its native buffer is freed at
   * once (for batches of large drawings, such as --png's; a report's many small figures go with
   * the young generation, which costs less).
   */
  fullCollection?: boolean;
}

/**
 * Same look as `svgToPng` (png.ts): the diagrams are laid out with Liberation Sans metrics. When
 * its files are where Debian and most Linux systems keep them, only they are loaded, which saves
 * scanning every system font for each image; elsewhere the system fonts are used.
 */
const LIBERATION = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((f) => `/usr/share/fonts/truetype/liberation/LiberationSans-${f}.ttf`);
const SYSTEM_FONTS = { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };
let liberation: (typeof SYSTEM_FONTS & { fontFiles?: string[] }) | null = null;
/** Characters Liberation Sans has (Latin, punctuation, €, ™); anything else needs the system's fallback fonts. */
const OUTSIDE_LIBERATION = /[^\t\n\r\u0020-\u024F\u2000-\u206F\u20AC\u2122]/;
function fonts(svg: string) {
  liberation ??= LIBERATION.every((f) => existsSync(f)) ? { ...SYSTEM_FONTS, loadSystemFonts: false, fontFiles: LIBERATION } : SYSTEM_FONTS;
  return OUTSIDE_LIBERATION.test(svg) ? SYSTEM_FONTS : liberation;
}

/**
 * The colour a diagram paints first over its whole size (svgDocument's background rect), when
 * it is opaque. Drawing on it makes the edge pixels of a fractional zoom opaque too, so the
 * encoder can skip the alpha work.
 */
export function svgBackground(svg: string): string | undefined {
  return /<rect width="100%" height="100%" fill="(#[0-9a-fA-F]{6})"/.exec(svg.slice(0, 2000))?.[1];
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

/** Pixel bytes of a job's drawing (RGBA), from the SVG's size and the zoom. */
export function drawingBytes(job: PngJob): number {
  const { width, height } = svgSize(job.svg);
  return Math.ceil(width * job.zoom) * Math.ceil(height * job.zoom) * 4;
}

/** Draws a job and reads its pixels; the native drawing is let go before this returns. */
async function pixelsOf(job: PngJob) {
  const background = svgBackground(job.svg);
  const options = { fitTo: { mode: 'zoom' as const, value: job.zoom }, font: fonts(job.svg), background, shapeRendering: 2 as const, textRendering: 1 as const, logLevel: 'off' as const };
  const drawing = await renderAsync(job.svg, options);
  const pixels = { width: drawing.width, height: drawing.height, pixels: drawing.pixels, opaque: background !== undefined };
  letGo(drawing, pixels.pixels.length);
  return pixels;
}

/**
 * Gives a buffer's memory back now instead of at the next collection: detaching its ArrayBuffer
 * (`transfer(0)`) frees the backing store. Where the runtime lacks it, the collector frees it later.
 */
function free(bytes: Buffer): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  try {
    if (bytes.byteLength === buffer.byteLength) buffer.transfer?.(0);
  } catch {
    // not detachable: left to the collector
  }
}

/** The PNG of one job. */
export async function drawPng(job: PngJob): Promise<Buffer> {
  const pixels = await pixelsOf(job);
  collectDrawings(job.fullCollection === true);
  const png = await encodePng(pixels, { opaque: pixels.opaque });
  free(pixels.pixels);
  return png;
}
