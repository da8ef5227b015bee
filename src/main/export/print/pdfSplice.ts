/**
 * Puts the first pages of one Chromium-made PDF in place of the first pages of another, as an
 * incremental update (the original bytes stay as they are; new objects, a new xref section and
 * trailer are appended). Used for the table of contents: the whole report is printed once, then
 * only its front matter again with the page numbers filled in, and those pages' drawings replace
 * the first print's. Only the pages' content and resources change; their links, tags (structure
 * parents) and place in the page tree stay, so the check below insists that both prints marked
 * the same content in the same order on every replaced page. Anything unexpected gives null, and
 * the caller prints the whole report again instead.
 */
import { inflateSync } from 'node:zlib';
import { pageObjects, readPdf, refsIn, type PdfFile, type PdfObject } from './pdfObjects.ts';

/** The span of the value of `/key` at the top level of a dictionary, or null. */
function valueSpan(dict: string, key: string): { key: number; start: number; end: number } | null {
  let depth = 0;
  for (let i = 0; i < dict.length; i++) {
    const c = dict[i]!;
    if (c === '(') i = skipString(dict, i);
    else if (c === '<' && dict[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && dict[i + 1] === '>') {
      depth--;
      i++;
    } else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '/' && depth === 1 && dict.startsWith(key, i + 1) && /[\s/<[(]/.test(dict[i + 1 + key.length] ?? '')) {
      const at = i;
      let j = i + 1 + key.length;
      while (/\s/.test(dict[j] ?? '')) j++;
      const start = j;
      if (dict.startsWith('<<', j) || dict[j] === '[') {
        const open = dict[j] === '[' ? 1 : 2;
        let d = 0;
        for (; j < dict.length; j++) {
          if (dict[j] === '(') j = skipString(dict, j);
          else if (dict.startsWith('<<', j)) {
            d++;
            j++;
          } else if (dict.startsWith('>>', j)) {
            d--;
            j++;
            if (d === 0 && open === 2) return { key: at, start, end: j + 1 };
          } else if (dict[j] === '[') d++;
          else if (dict[j] === ']') {
            d--;
            if (d === 0 && open === 1) return { key: at, start, end: j + 1 };
          }
        }
        return null;
      }
      const ref = /^\d+\s+\d+\s+R\b/.exec(dict.slice(j));
      if (ref) return { key: at, start, end: j + ref[0].length };
      const token = /^[^\s/<>[\]()]+|^\/[^\s/<>[\]()]+/.exec(dict.slice(j));
      return token ? { key: at, start, end: j + token[0].length } : null;
    }
  }
  return null;
}

function skipString(s: string, i: number): number {
  let depth = 0;
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return i;
}

/** The marked-content tags and ids of a page's drawing, in order ("P:0 Link:1 …"). */
function markedContent(pdf: PdfFile, page: PdfObject): string | null {
  const span = valueSpan(page.dict, 'Contents');
  if (!span) return null;
  const parts: string[] = [];
  for (const num of refsIn(page.dict.slice(span.start, span.end))) {
    const o = pdf.get(num);
    if (!o?.stream) return null;
    let data = Buffer.from(pdf.text.slice(o.stream.start, o.stream.end), 'latin1');
    if (/\/Filter\s*\/FlateDecode\b/.test(o.dict)) data = inflateSync(data);
    else if (/\/Filter\b/.test(o.dict)) return null;
    for (const m of data.toString('latin1').matchAll(/\/(\w+)\s*<<[^>]*?\/MCID\s+(\d+)/g)) parts.push(`${m[1]}:${m[2]}`);
  }
  return parts.join(' ');
}

/**
 * `target` with its first `count` pages drawn as the first `count` pages of `source`; null when
 * the two do not line up (page count, page size, marked content) or a file cannot be followed.
 */
export function replaceFrontPages(target: Uint8Array, source: Uint8Array, count: number): Buffer | null {
  const t = readPdf(target);
  const s = readPdf(source);
  if (!t || !s || !Number.isFinite(t.startxref) || count < 1) return null;
  const tPages = pageObjects(t);
  const sPages = pageObjects(s);
  if (sPages.length !== count || tPages.length < count) return null;

  let next = t.size;
  const mapped = new Map<number, number>();
  const written: { num: number; body: string }[] = [];
  const renumber = (text: string) => text.replace(/(\d+)\s+(\d+)\s+R\b/g, (_, n: string) => `${copy(Number(n))} 0 R`);
  function copy(num: number): number {
    const done = mapped.get(num);
    if (done !== undefined) return done;
    const o = s!.get(num);
    if (!o) throw new Error(`object ${num} missing`);
    const to = next++;
    mapped.set(num, to);
    const dict = renumber(o.dict);
    const body = o.stream ? `${dict}stream\n${s!.text.slice(o.stream.start, o.stream.end)}\nendstream` : dict;
    written.push({ num: to, body });
    return to;
  }

  try {
    for (let i = 0; i < count; i++) {
      const tp = t.get(tPages[i]!);
      const sp = s.get(sPages[i]!);
      if (!tp || !sp) return null;
      const box = (o: PdfObject) => /\/MediaBox\s*\[([^\]]*)\]/.exec(o.dict)?.[1]?.trim().split(/\s+/).map(Number).join(' ');
      if (box(tp) !== box(sp)) return null;
      const marks = markedContent(s, sp);
      if (marks === null || marks !== markedContent(t, tp)) return null;
      const contents = valueSpan(sp.dict, 'Contents');
      const resources = valueSpan(sp.dict, 'Resources');
      if (!contents || !resources) return null;
      const newContents = renumber(sp.dict.slice(contents.start, contents.end));
      const newResources = renumber(sp.dict.slice(resources.start, resources.end));
      let dict = tp.dict.trimEnd();
      for (const key of ['Contents', 'Resources']) {
        const span = valueSpan(dict, key);
        if (span) dict = `${dict.slice(0, span.key).trimEnd()}\n${dict.slice(span.end).trimStart()}`;
      }
      if (!dict.endsWith('>>')) return null;
      dict = `${dict.slice(0, -2).trimEnd()}\n/Contents ${newContents}\n/Resources ${newResources}>>`;
      written.push({ num: tPages[i]!, body: `\n${dict}\n` });
    }
  } catch {
    return null;
  }

  // The incremental update: the objects, an xref section for them, a trailer pointing back.
  const base = Buffer.from(target.buffer, target.byteOffset, target.byteLength);
  let out = base[base.length - 1] === 0x0a ? '' : '\n';
  const offsets = new Map<number, number>();
  for (const w of written.sort((a, b) => a.num - b.num)) {
    offsets.set(w.num, base.length + out.length);
    out += `${w.num} 0 obj${w.body.startsWith('\n') ? '' : '\n'}${w.body}${w.body.endsWith('\n') ? '' : '\n'}endobj\n`;
  }
  const xrefAt = base.length + out.length;
  out += 'xref\n';
  const nums = [...offsets.keys()];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    out += `${nums[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) out += `${String(offsets.get(nums[k]!)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  const keep = ['Root', 'Info', 'ID']
    .map((k) => {
      const span = valueSpan(t.trailer, k);
      return span ? `/${k} ${t.trailer.slice(span.start, span.end)}` : '';
    })
    .filter(Boolean);
  out += `trailer\n<</Size ${next}\n${keep.join('\n')}\n/Prev ${t.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([base, Buffer.from(out, 'latin1')]);
}
