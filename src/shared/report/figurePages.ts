/**
 * The pages a report figure can sit on, and which one a drawing needs so that its labels print at
 * a readable size. Word and the print view (PDF) both read these numbers, so a bow-tie gets the
 * same paper in both.
 */
import type { FigureLayout } from './blocks.ts';

/** Smallest label size on paper, in points: below this a printed bow-tie cannot be read. */
export const MIN_LABEL_PT = 8;

/** Page margin in cm: 2.5 on text pages; 2 on a figure's own page, so a bow-tie gets more room. */
export function marginCm(layout: FigureLayout): number {
  return layout === 'inline' ? 2.5 : 2;
}

/** Paper per layout, in cm (width × height as the page is read). */
export const PAPER: Record<FigureLayout, { width: number; height: number }> = {
  inline: { width: 21, height: 29.7 },
  landscape: { width: 29.7, height: 21 },
  'a3-landscape': { width: 42, height: 29.7 },
  'a3-portrait': { width: 29.7, height: 42 },
};

/** Pages of their own, from the smallest paper up: the first one on which the labels are readable wins. */
export const OWN_PAGES = ['landscape', 'a3-landscape', 'a3-portrait'] as const satisfies readonly FigureLayout[];

const PX_PER_CM = 96 / 2.54;
/** Room kept under a figure for its caption, in px. */
const CAPTION_PX = 70;

/**
 * Largest image box of a layout, in px at 96 dpi: the text area less the caption; an inline
 * figure takes at most 62 % of the text height, so some text stays on its page.
 */
export function figureBox(layout: FigureLayout): { width: number; height: number } {
  const p = PAPER[layout];
  const m = marginCm(layout);
  const width = (p.width - 2 * m) * PX_PER_CM;
  const height = (p.height - 2 * m) * PX_PER_CM;
  return layout === 'inline' ? { width, height: height * 0.62 } : { width, height: height - CAPTION_PX };
}

/** The scale at which a drawing of `size` is shown in `box`: as large as fits, keeping its aspect. */
export function fitScale(size: { width: number; height: number }, box: { width: number; height: number }): number {
  return Math.min(box.width / size.width, box.height / size.height);
}

/** The printed size in points of text drawn at `fontPx` in a drawing of `size` shown on `layout`. */
export function printedPt(fontPx: number, size: { width: number; height: number }, layout: FigureLayout): number {
  return fontPx * fitScale(size, figureBox(layout)) * 0.75;
}

/**
 * The smallest own page on which all of `sizes` (the parts of one figure) print their `fontPx`
 * text at MIN_LABEL_PT or more; null when even the largest is too small.
 */
export function readablePage(sizes: readonly { width: number; height: number }[], fontPx: number): (typeof OWN_PAGES)[number] | null {
  return OWN_PAGES.find((layout) => sizes.every((s) => printedPt(fontPx, s, layout) >= MIN_LABEL_PT)) ?? null;
}

/** Whether a layout is a page of its own (a section with its own paper in Word). */
export function ownPage(layout: FigureLayout): boolean {
  return layout !== 'inline';
}
