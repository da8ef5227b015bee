/**
 * Reads which page each named destination of a Chromium-made PDF is on. Chromium (Skia) writes
 * the page tree and the /Dests dictionary as plain (uncompressed) objects, so the small object
 * reader of pdfObjects.ts suffices: it reads only the catalog, the page tree and /Dests, so the
 * cost does not grow with the tagged PDF's tens of thousands of structure objects. Anything it
 * cannot follow yields an empty map, and the table of contents then goes without page numbers.
 */
import { pageObjects, readPdf, refOf } from './pdfObjects.ts';

/** Page number (1-based) per destination name, e.g. "h3" → 5. */
export function pdfDestinationPages(pdf: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  const file = readPdf(pdf);
  if (!file) return out;
  const root = refOf(file.trailer, 'Root');
  const catalog = root === null ? null : file.get(root);
  const destsRef = catalog && refOf(catalog.dict, 'Dests');
  const dests = destsRef === null || destsRef === undefined ? null : file.get(destsRef);
  if (!dests) return out;
  const pageOf = new Map(pageObjects(file).map((num, i) => [num, i + 1]));
  for (const m of dests.dict.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pageOf.get(Number(m[2]));
    if (page) out.set(decodeName(m[1]!), page);
  }
  return out;
}

/** PDF names escape bytes as #xx; the bytes are UTF-8. */
function decodeName(name: string): string {
  if (!name.includes('#')) return name;
  return Buffer.from(name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))), 'latin1').toString('utf8');
}
