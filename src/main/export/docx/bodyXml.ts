/**
 * Reading docx's formatted body (the object tree it writes as XML) for the page estimate
 * (pageEstimate.ts): element names, children and attributes, a paragraph's runs, images and
 * bookmarks, and how many lines its runs take at a width, wrapped as Word wraps them.
 */
import { measureText } from '../../../shared/layout/textMetrics.ts';

/** A formatted element: `{ 'w:p': [children…] }` or `{ 'w:tab': { _attr } }`. */
export type El = Record<string, unknown>;

/** twips per EMU (images' extents). */
const EMU = 635;

export function nameOf(el: El): string {
  for (const k in el) if (k !== '_attr') return k;
  return '';
}

export function kids(el: El): El[] {
  const v = el[nameOf(el)];
  return Array.isArray(v) ? (v.filter((c) => typeof c === 'object' && c !== null && !('_attr' in c && Object.keys(c).length === 1)) as El[]) : [];
}

export function attr(el: El, key: string): string | number | undefined {
  const v = el[nameOf(el)];
  const holder = Array.isArray(v) ? (v.find((c) => typeof c === 'object' && c !== null && '_attr' in c) as El | undefined) : (v as El | undefined);
  return (holder?.['_attr'] as Record<string, string | number> | undefined)?.[key];
}

export function child(el: El, name: string): El | undefined {
  const v = el[nameOf(el)];
  if (!Array.isArray(v)) return undefined;
  for (const c of v) if (typeof c === 'object' && c !== null && name in c) return c as El;
  return undefined;
}

/** A run's text with its own weight and size (half-points; undefined: the paragraph's). */
export interface Piece {
  text: string;
  bold: boolean;
  size: number | undefined;
}

export interface Content {
  pieces: Piece[];
  /** Size of the first run that sets one (the line height follows it). */
  size: number | undefined;
  /** Height of the images in it, in twips. */
  images: number;
  bookmarks: string[];
  pageBreak: boolean;
}

/** Text (run by run), images and bookmarks of a paragraph, hyperlinks and fields included. */
export function contentOf(p: El): Content {
  const c: Content = { pieces: [], size: undefined, images: 0, bookmarks: [], pageBreak: false };
  const walk = (el: El, run: Piece | null) => {
    const name = nameOf(el);
    if (name === 'w:r') {
      const piece: Piece = { text: '', bold: false, size: undefined };
      for (const k of kids(el)) walk(k, piece);
      c.pieces.push(piece);
      c.size ??= piece.size;
      return;
    }
    if (name === 'w:t') {
      const v = el[name];
      if (run && Array.isArray(v)) for (const s of v) if (typeof s === 'string') run.text += s;
      return;
    }
    if (name === 'w:tab' && run) run.text += '    ';
    else if (name === 'w:bookmarkStart') c.bookmarks.push(String(attr(el, 'w:name') ?? ''));
    else if (name === 'w:br' && attr(el, 'w:type') === 'page') c.pageBreak = true;
    else if (name === 'wp:extent') c.images += Number(attr(el, 'cy') ?? 0) / EMU;
    else if (name === 'w:b' && run) run.bold = attr(el, 'w:val') !== 'false' && attr(el, 'w:val') !== 0;
    else if (name === 'w:sz' && run) run.size = Number(attr(el, 'w:val'));
    else if (name === 'w:instrText' || name === 'w:pPr') return;
    for (const k of kids(el)) walk(k, run);
  };
  for (const k of kids(p)) walk(k, null);
  return c;
}

/**
 * Lines the runs take at `width` twips, wrapped at spaces (Word does not hyphenate); a word
 * wider than a line is broken. Each run is measured in its own weight and size.
 */
export function linesOf(pieces: readonly Piece[], room: number, para: { size: number; bold: boolean }): number {
  // Tables repeat their texts (partners, classes, scores): each is wrapped once.
  let key = `${room}|${para.size}|${para.bold ? 1 : 0}`;
  for (const p of pieces) key += `|${p.bold ? 1 : 0}${p.size ?? ''}:${p.text}`;
  const known = wrapped.get(key);
  if (known !== undefined) return known;
  const lines = wrap(pieces, room, para);
  if (wrapped.size >= WRAPPED_MAX) wrapped.clear();
  wrapped.set(key, lines);
  return lines;
}

const wrapped = new Map<string, number>();
const WRAPPED_MAX = 20_000;

function wrap(pieces: readonly Piece[], room: number, para: { size: number; bold: boolean }): number {
  // A cell or indent narrower than a character still takes a character per line.
  const width = Math.max(room, 240);
  let lines = 1;
  let used = 0;
  let word = 0;
  const place = () => {
    if (word === 0) return;
    if (used + word <= width) used += word;
    else {
      // On a line of its own, and over as many more as it is wide.
      if (used > 0) lines++;
      lines += Math.floor(word / width);
      used = word % width;
    }
    word = 0;
  };
  for (const piece of pieces) {
    const weight = piece.bold || para.bold ? 'bold' : 'normal';
    // measureText gives px for a size in px: at `size * 10` it gives twips for a size in half-points.
    const em = (piece.size ?? para.size) * 10;
    for (const token of piece.text.split(/(\s+)/)) {
      if (token.length === 0) continue;
      if (/^\s/.test(token)) {
        place();
        // A space at the end of a line takes no room; one inside it does.
        if (used > 0) used += measureText(' ', em, weight) * token.length;
      } else word += measureText(token, em, weight);
    }
  }
  place();
  return lines;
}

