/**
 * SVG → PNG for diagram exports and report images, with resvg (no browser needed). Text is set
 * with the system's Liberation Sans — the font whose metrics the layout wraps with.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { encodePng, encodePngSync } from './pngEncode.ts';

export interface PngOptions {
  /** Pixel density: 1 = one pixel per SVG unit, 2 for sharp slides and print (default 2). */
  scale?: number;
  /** Background behind transparent parts; the diagrams paint their own by default. */
  background?: string;
}

/** The resvg settings every diagram PNG uses; share them so all images look alike. */
export function pngRenderOptions(opts: PngOptions = {}): ResvgRenderOptions {
  const scale = opts.scale ?? 2;
  return {
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    background: opts.background,
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

/** Renders `svg` to PNG bytes. */
export function svgToPng(svg: string, opts: PngOptions = {}): Buffer {
  return encodePngSync(new Resvg(svg, pngRenderOptions(opts)).render());
}

/** Like svgToPng, rendered on libuv's thread pool so a batch of images does not block the host. */
export async function svgToPngAsync(svg: string, opts: PngOptions = {}): Promise<Buffer> {
  return encodePng(await renderAsync(svg, pngRenderOptions(opts)));
}
