/**
 * Page geometry of the Word documents: A4, 2.5 cm margins; portrait for text, landscape pages
 * for wide bow-ties. Image sizes are in pixels at 96 to the inch, as the docx library takes them.
 */
const TWIPS_PER_INCH = 1440;
const CM = 567;

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: Math.round(2.5 * CM),
  footer: Math.round(1.2 * CM),
};

const textWidthTwips = PAGE.width - 2 * PAGE.margin;
const landscapeWidthTwips = PAGE.height - 2 * PAGE.margin;
const landscapeHeightTwips = PAGE.width - 2 * PAGE.margin;

const px = (twips: number) => (twips / TWIPS_PER_INCH) * 96;

/** Largest image box, in px at 96 dpi, leaving room for the caption (and the footer). */
export const IMAGE_BOX = {
  inline: { width: px(textWidthTwips), height: px(PAGE.height - 2 * PAGE.margin) * 0.62 },
  landscape: { width: px(landscapeWidthTwips), height: px(landscapeHeightTwips) - 70 },
};

export const TEXT_WIDTH_TWIPS = textWidthTwips;
export const LANDSCAPE_TEXT_WIDTH_TWIPS = landscapeWidthTwips;

/** Print resolution of the report images. */
export const IMAGE_DPI = 170;

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
