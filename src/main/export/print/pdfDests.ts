/**
 * Reads which page each named destination of a Chromium-made PDF is on. Chromium (Skia) writes
 * the page tree and the /Dests dictionary as plain (uncompressed) objects, so a small reader of
 * objects suffices; anything it cannot follow yields an empty map, and the table of contents then
 * simply goes without page numbers.
 */

function objects(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /(?:^|[\r\n\s])(\d+)\s+0\s+obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const stream = text.indexOf('stream', start);
    let end = text.indexOf('endobj', start);
    if (end < 0) break;
    // Only the dictionary before "stream" matters; jump over the (binary) stream data.
    if (stream >= 0 && stream < end) {
      out.set(m[1]!, text.slice(start, stream));
      const endStream = text.indexOf('endstream', stream + 6);
      end = endStream < 0 ? end : text.indexOf('endobj', endStream);
      if (end < 0) break;
    } else out.set(m[1]!, text.slice(start, end));
    re.lastIndex = end;
  }
  return out;
}

const refs = (s: string) => [...s.matchAll(/(\d+)\s+0\s+R/g)].map((m) => m[1]!);

/** Page number (1-based) per destination name, e.g. "h3" → 5. */
export function pdfDestinationPages(pdf: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objs = objects(text);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  const rootRef = catalog && /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  const destsRef = catalog && /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  if (!rootRef || !destsRef) return out;

  const pageOf = new Map<string, number>();
  const walk = (ref: string, depth: number) => {
    const o = objs.get(ref);
    if (!o || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(o)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o);
      for (const k of kids ? refs(kids[1]!) : []) walk(k, depth + 1);
    } else pageOf.set(ref, pageOf.size + 1);
  };
  walk(rootRef, 0);

  for (const m of (objs.get(destsRef) ?? '').matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = pageOf.get(m[2]!);
    if (page) out.set(decodeName(m[1]!), page);
  }
  return out;
}

/** PDF names escape bytes as #xx. */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}
