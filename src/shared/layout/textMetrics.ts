/**
 * Deterministic text measurement for diagrams, without a DOM. The widths are the advance widths
 * of Liberation Sans (metric-compatible with Arial and Helvetica), in 1/1000 em, read from the
 * font files. Layout, SVG renderer and PNG export all wrap with these numbers, so a label wraps
 * the same on screen, in SVG and in a report image.
 */
import { hyphenationPoints } from './hyphenation.ts';

/** Advance widths of U+0020…U+007E, regular weight. */
const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
  778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556,
  278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
];

/** Advance widths of U+0020…U+007E, bold weight. */
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722,
  778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556,
  333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280,
  389, 584,
];

/** Characters outside ASCII whose width is not that of their unaccented base letter: [regular, bold]. */
const SPECIAL: Record<string, readonly [number, number]> = {
  '\u00a0': [278, 278], '©': [737, 737], '®': [737, 737], '°': [400, 400], '·': [278, 278], '«': [556, 556],
  '»': [556, 556], '½': [834, 834], '×': [584, 584], '÷': [549, 549], 'Æ': [1000, 1000], 'æ': [889, 889],
  'Ø': [778, 778], 'ø': [611, 611], 'ß': [611, 611], 'Œ': [1000, 1000], 'œ': [944, 944], 'Ĳ': [735, 785],
  'ĳ': [444, 556], 'ł': [222, 278], 'Ł': [556, 611], '–': [556, 556], '—': [1000, 1000], '‘': [222, 278],
  '’': [222, 278], '“': [333, 500], '”': [333, 500], '•': [350, 350], '…': [1000, 1000], '€': [556, 556],
};

/** Width of characters we know nothing about (other scripts, symbols): a wide letter, to err on the safe side. */
const FALLBACK = 780;

export type FontWeight = 'normal' | 'bold';

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 32;
  if (code >= 32 && code < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]!;
  const special = SPECIAL[ch];
  if (special) return special[bold ? 1 : 0];
  if (code < 32) return 0;
  // Accented Latin letters are as wide as their base letter (é → e, Ï → I).
  const base = ch.normalize('NFD').codePointAt(0) ?? code;
  if (base >= 32 && base < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[base - 32]!;
  return FALLBACK;
}

/** Width in px of `text` set in Liberation Sans / Arial at `fontSize` px. */
export function measureText(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const bold = weight === 'bold';
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units * fontSize) / 1000;
}

/**
 * Word-wraps `text` to lines no wider than `maxWidth` px. Lines break at spaces and after
 * hyphens ("Informatie-|uitwisseling"); a word longer than a line (Dutch compounds such as
 * "Herbestemmingsbeleid") is split with a hyphen at a Dutch hyphenation point. With `maxLines`, the last kept line ends in
 * "…" when text was cut. Always returns at least one line (possibly empty).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  opts: { weight?: FontWeight; maxLines?: number } = {},
): string[] {
  const weight = opts.weight ?? 'normal';
  const maxLines = opts.maxLines ?? Infinity;
  const space = measureText(' ', fontSize, weight);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    // Parts of a hyphenated word join without a space.
    word.split(/(?<=[^-\s]-)(?=[^-])/).forEach((part, i) => {
      const gap = i === 0 && line !== '' ? space : 0;
      const w = measureText(part, fontSize, weight);
      if (line !== '' && lineWidth + gap + w <= maxWidth) {
        line += (gap ? ' ' : '') + part;
        lineWidth += gap + w;
        return;
      }
      if (line !== '') lines.push(line);
      line = part;
      lineWidth = w;
      if (w <= maxWidth) return;
      // Too long for any line: split it, each piece but the last ending in a hyphen.
      const pieces = splitWord(part, maxWidth, fontSize, weight);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1]!;
      lineWidth = measureText(line, fontSize, weight);
    });
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return truncateLines(lines, maxLines, maxWidth, fontSize, weight);
}

/**
 * Splits a word wider than a line into pieces that fit, each but the last ending in a hyphen:
 * at the last Dutch hyphenation point that fits ("Alcoholpreventie-|programma"), and only where
 * no such point fits (a first syllable wider than the box) at the last character that does.
 */
function splitWord(word: string, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const hyphen = measureText('-', fontSize, weight);
  const chars = [...word];
  const points = hyphenationPoints(word);
  const pieces: string[] = [];
  let start = 0;
  while (measureText(chars.slice(start).join(''), fontSize, weight) > maxWidth) {
    // The longest start that still fits with a hyphen after it, then the last proper break in it.
    let n = start;
    let w = 0;
    while (n < chars.length && w + measureText(chars[n]!, fontSize, weight) + hyphen <= maxWidth) w += measureText(chars[n++]!, fontSize, weight);
    const proper = points.filter((p) => p > start && p <= n).pop();
    const k = proper ?? Math.max(n, start + 1);
    const head = chars.slice(start, k).join('');
    pieces.push(/[\p{L}\p{N}]$/u.test(head) ? head + '-' : head);
    start = k;
  }
  pieces.push(chars.slice(start).join(''));
  return pieces;
}

function truncateLines(lines: string[], maxLines: number, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept[kept.length - 1]! + '…';
  while (last.length > 1 && measureText(last, fontSize, weight) > maxWidth) last = last.slice(0, -2).trimEnd() + '…';
  kept[kept.length - 1] = last;
  return kept;
}
