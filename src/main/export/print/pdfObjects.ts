/**
 * A small reader of the objects of a Chromium-made PDF (Skia writes plain objects, a classic
 * xref table and no object streams). Objects are found through the xref table and read only
 * when asked for, so reading a few of them costs the same in a 50 000-object tagged PDF as in a
 * small one; without a usable xref table the file is scanned once from start to end.
 */

export interface PdfObject {
  /** The object's text between "N 0 obj" and "stream"/"endobj" (its dictionary, array or value). */
  dict: string;
  /** Byte range of the stream data, for a stream object. */
  stream?: { start: number; end: number };
  /** Byte range of the whole object, from its number to just after "endobj". */
  span: { start: number; end: number };
}

export interface PdfFile {
  bytes: Uint8Array;
  /** The file as latin1 text: one character per byte, so indexes are byte offsets. */
  text: string;
  /** The trailer dictionary (of the last xref section). */
  trailer: string;
  /** Offset of the last xref section. */
  startxref: number;
  /** One more than the highest object number. */
  size: number;
  get(num: number): PdfObject | null;
}

const HEAD = /(\d+)\s+(\d+)\s+obj\b/y;
const BODY_END = /\bstream(?:\r\n|\n|\r)|\bendobj\b/g;

/** Reads the object starting at `offset`, or null when none starts there. */
function objectAt(text: string, offset: number, length: (dict: string) => number | null): (PdfObject & { num: number }) | null {
  HEAD.lastIndex = offset;
  const head = HEAD.exec(text);
  if (!head) return null;
  const start = offset + head[0].length;
  BODY_END.lastIndex = start;
  const end = BODY_END.exec(text);
  if (!end) return null;
  const dict = text.slice(start, end.index);
  if (end[0].startsWith('endobj')) return { num: Number(head[1]), dict, span: { start: offset, end: end.index + 6 } };
  const dataStart = end.index + end[0].length;
  const len = length(dict);
  let dataEnd = len !== null && text.startsWith('endstream', skipEol(text, dataStart + len)) ? dataStart + len : text.indexOf('endstream', dataStart);
  if (dataEnd < 0) return null;
  const endobj = text.indexOf('endobj', dataEnd);
  if (endobj < 0) return null;
  if (len === null) dataEnd = trimEol(text, dataStart, dataEnd);
  return { num: Number(head[1]), dict, stream: { start: dataStart, end: dataEnd }, span: { start: offset, end: endobj + 6 } };
}

const skipEol = (t: string, i: number) => (t[i] === '\r' ? (t[i + 1] === '\n' ? i + 2 : i + 1) : t[i] === '\n' ? i + 1 : i);
const trimEol = (t: string, from: number, i: number) => (i > from && t[i - 1] === '\n' ? (i - 1 > from && t[i - 2] === '\r' ? i - 2 : i - 1) : i > from && t[i - 1] === '\r' ? i - 1 : i);

/** Object offsets from the xref table at `at`, or null if there is none there. */
function xrefTable(text: string, at: number): Map<number, number> | null {
  if (!text.startsWith('xref', at)) return null;
  const end = text.indexOf('trailer', at);
  if (end < 0) return null;
  const out = new Map<number, number>();
  const re = /(\d+)\s+(\d+)\s*[\r\n]+|(\d{10})\s(\d{5})\s([nf])/g;
  re.lastIndex = at + 4;
  let num = 0;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (m[1] !== undefined) num = Number(m[1]);
    else {
      if (m[5] === 'n') out.set(num, Number(m[3]));
      num++;
    }
  }
  return out;
}

/** Reads the file's structure; null when it has no trailer (not a PDF this reader can follow). */
export function readPdf(bytes: Uint8Array): PdfFile | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const sx = text.lastIndexOf('startxref');
  const startxref = sx >= 0 ? Number(/startxref\s+(\d+)/.exec(text.slice(sx, sx + 40))?.[1] ?? NaN) : NaN;
  let offsets: Map<number, number> | null = null;
  let trailer = '';
  if (Number.isFinite(startxref)) {
    offsets = xrefTable(text, startxref);
    const t = text.indexOf('trailer', startxref);
    if (offsets && t >= 0) {
      trailer = text.slice(t + 7, text.indexOf('startxref', t));
      // Older sections of an incrementally updated file: newer entries win.
      let prev = /\/Prev\s+(\d+)/.exec(trailer);
      for (let guard = 0; prev && guard < 64; guard++) {
        const older = xrefTable(text, Number(prev[1]));
        if (!older) break;
        for (const [n, o] of older) if (!offsets.has(n)) offsets.set(n, o);
        const t2 = text.indexOf('trailer', Number(prev[1]));
        prev = t2 >= 0 ? /\/Prev\s+(\d+)/.exec(text.slice(t2, text.indexOf('startxref', t2))) : null;
      }
    }
  }
  const cache = new Map<number, PdfObject | null>();
  const file: PdfFile = {
    bytes,
    text,
    trailer,
    startxref,
    size: 0,
    get(num) {
      if (cache.has(num)) return cache.get(num)!;
      const at = offsets?.get(num);
      const o = at === undefined ? null : objectAt(text, at, lengthOf);
      const ok = o && o.num === num ? o : null;
      cache.set(num, ok);
      return ok;
    },
  };
  const lengthOf = (dict: string): number | null => {
    const m = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dict);
    if (!m) return null;
    if (m[2] === undefined) return Number(m[1]);
    const v = file.get(Number(m[1]));
    return v && /^\s*\d+\s*$/.test(v.dict) ? Number(v.dict) : null;
  };
  if (!offsets || offsets.size === 0 || !trailer) {
    // No usable xref table: one pass over the file.
    offsets = new Map();
    const re = /(?:^|[\r\n\s])(\d+)\s+\d+\s+obj\b/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index + m[0].indexOf(m[1]!);
      const o = objectAt(text, at, lengthOf);
      if (!o) break;
      offsets.set(o.num, at);
      cache.set(o.num, o);
      re.lastIndex = o.span.end;
    }
    const t = text.lastIndexOf('trailer');
    trailer = t >= 0 ? text.slice(t + 7, text.indexOf('startxref', t) >>> 0) : '';
    if (!/\/Root\s+\d+/.test(trailer)) {
      const catalog = [...offsets.keys()].find((n) => /\/Type\s*\/Catalog\b/.test(file.get(n)?.dict ?? ''));
      if (catalog === undefined) return null;
      trailer = `<</Root ${catalog} 0 R>>`;
    }
  }
  file.trailer = trailer;
  let size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? 0);
  for (const n of offsets.keys()) size = Math.max(size, n + 1);
  file.size = size;
  return file;
}

/** The object number a `/Key N 0 R` entry of `dict` points to. */
export function refOf(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

/** Every object number referred to in `s`. */
export function refsIn(s: string): number[] {
  return [...s.matchAll(/(\d+)\s+\d+\s+R\b/g)].map((m) => Number(m[1]));
}

/** The page objects in page order (1-based page = index + 1), following the page tree. */
export function pageObjects(pdf: PdfFile): number[] {
  const root = refOf(pdf.trailer, 'Root');
  const catalog = root === null ? null : pdf.get(root);
  const top = catalog && refOf(catalog.dict, 'Pages');
  const pages: number[] = [];
  const walk = (num: number, depth: number) => {
    const o = pdf.get(num);
    if (!o || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(o.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o.dict);
      for (const k of kids ? refsIn(kids[1]!) : []) walk(k, depth + 1);
    } else pages.push(num);
  };
  if (top) walk(top, 0);
  return pages;
}
