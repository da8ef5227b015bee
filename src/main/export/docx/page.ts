/**
 * Page geometry of the Word documents: A4, 2.5 cm margins; portrait for text, pages of their own
 * (A4 landscape, A3) for bow-ties, as figurePages.ts decides. Image sizes are in pixels at 96 to
 * the inch, as the docx library takes them.
 */
import type { FigureLayout } from '../../../shared/report/blocks.ts';
import { figureBox, marginCm, PAPER } from '../../../shared/report/figurePages.ts';

const CM = 567;

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: Math.round(2.5 * CM),
  footer: Math.round(1.2 * CM),
};

const portraitWidthTwips = PAGE.width - 2 * PAGE.margin;
const landscapeWidthTwips = PAGE.height - 2 * PAGE.margin;

/** Largest image box per figure layout, in px at 96 dpi, leaving room for the caption (and the footer). */
export const IMAGE_BOX: Record<FigureLayout, { width: number; height: number }> = {
  inline: figureBox('inline'),
  landscape: figureBox('landscape'),
  'a3-landscape': figureBox('a3-landscape'),
  'a3-portrait': figureBox('a3-portrait'),
};

/** Paper of a layout in twips, as Word wants it: width and height of the portrait sheet, and the orientation. */
export function paperTwips(layout: FigureLayout): { width: number; height: number; landscape: boolean } {
  const p = PAPER[layout];
  const landscape = p.width > p.height;
  const [w, h] = landscape ? [p.height, p.width] : [p.width, p.height];
  return { width: Math.round(w * CM), height: Math.round(h * CM), landscape };
}

/** Page margin of a layout's pages, in twips. */
export function marginTwips(layout: FigureLayout): number {
  return Math.round(marginCm(layout) * CM);
}

/** Text width of a layout's page, in twips. */
export function textWidthTwips(layout: FigureLayout): number {
  return Math.round(PAPER[layout].width * CM) - 2 * marginTwips(layout);
}

export const TEXT_WIDTH_TWIPS = portraitWidthTwips;
export const LANDSCAPE_TEXT_WIDTH_TWIPS = landscapeWidthTwips;

/**
 * Print resolution of the report images: office print quality for line art whose smallest labels
 * are 8 pt (17 px to the em). Drawing is most of a Word export's time, and it goes with the
 * pixels: 150 dpi takes a fifth less than 170 did.
 */
export const IMAGE_DPI = 150;

/** The size an image is shown at (px at 96 dpi): as large as fits the box, keeping its aspect. */
export function fitImage(size: { width: number; height: number }, box: { width: number; height: number }): { width: number; height: number } {
  const f = Math.min(box.width / size.width, box.height / size.height);
  return { width: Math.round(size.width * f), height: Math.round(size.height * f) };
}

/** Zoom for rendering a PNG that is sharp at IMAGE_DPI when shown fitted into `box`. */
export function pngZoom(size: { width: number; height: number }, box: { width: number; height: number }): number {
  const shown = fitImage(size, box);
  const zoom = ((shown.width / 96) * IMAGE_DPI) / size.width;
  return Math.min(3, Math.max(0.5, zoom));
}
