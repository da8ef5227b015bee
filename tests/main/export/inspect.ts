/**
 * Opening what an export produced, the way a user's tools would: unzip the .docx, convert it
 * with LibreOffice, render PDF pages with pdftoppm and measure how much ink each page has.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  footers: string[];
  headers: string[];
  numbering: string;
  media: string[];
  files: string[];
}

export async function unzipDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const files = Object.keys(zip.files);
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    footers: await Promise.all(files.filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(read)),
    headers: await Promise.all(files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map(read)),
    numbering: files.includes('word/numbering.xml') ? await read('word/numbering.xml') : '',
    media: files.filter((f) => f.startsWith('word/media/')),
    files,
  };
}

/** The text of the document's paragraphs, one line per paragraph. */
export function docxText(documentXml: string): string {
  return documentXml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
    .filter(Boolean)
    .join('\n');
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The paragraphs styled `styleId`, as text. */
export function paragraphsWithStyle(documentXml: string, styleId: string): string[] {
  return documentXml
    .split(/<\/w:p>/)
    .filter((p) => p.includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''));
}

/**
 * The headings of a style as Word shows them: the text, after the number Word's heading numbering
 * gives it (numbering.xml levels linked to the heading styles), unless the paragraph opts out.
 */
export function shownHeadings(parts: DocxParts, level: 1 | 2): string[] {
  const levels = new Map<string, number>();
  for (const abs of parts.numbering.split('<w:abstractNum ').slice(1)) {
    for (const lvl of abs.split('</w:abstractNum>')[0]!.split('<w:lvl ').slice(1)) {
      const style = /<w:pStyle w:val="(Heading[12])"\/>/.exec(lvl)?.[1];
      if (style) levels.set(style, Number(/<w:start w:val="(\d+)"\/>/.exec(lvl)?.[1] ?? 1));
    }
  }
  const styleNumbered = (id: string) => levels.has(id) && new RegExp(`w:styleId="${id}">(?:(?!</w:style>).)*<w:numPr>`).test(parts.styles);
  const out: string[] = [];
  let chapter = (levels.get('Heading1') ?? 1) - 1;
  let section = (levels.get('Heading2') ?? 1) - 1;
  for (const p of parts.document.split(/<\/w:p>/)) {
    const id = /<w:pStyle w:val="(Heading[12])"\/>/.exec(p)?.[1];
    if (!id) continue;
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
    const numbered = styleNumbered(id) && !p.includes('<w:numId w:val="0"/>');
    let shown = text;
    if (id === 'Heading1' && numbered) {
      shown = `${++chapter} ${text}`;
      section = (levels.get('Heading2') ?? 1) - 1;
    } else if (id === 'Heading2' && numbered) shown = `${chapter} ${text}`.replace(/^(\d+) /, `$1.${++section} `);
    if (id === `Heading${level}`) out.push(shown);
  }
  return out;
}

/** Converts a .docx to PDF with LibreOffice; returns the PDF path. */
export function sofficeToPdf(docxPath: string, outDir: string): string {
  // A private profile, so parallel runs and a user's own LibreOffice do not get in the way.
  const profile = mkdtempSync(join(tmpdir(), 'vlinder-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { stdio: 'ignore', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf'));
}

export interface PageInk {
  page: number;
  width: number;
  height: number;
  /** Share of pixels darker than light grey. */
  ink: number;
}

/** Renders every PDF page in grey at a low resolution and measures its ink. */
export function pdfPageInk(pdfPath: string, dpi = 24): PageInk[] {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-pages-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdfPath, join(dir, 'p')], { timeout: 120_000 });
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f, i) => ({ page: i + 1, ...inkOfPgm(readFileSync(join(dir, f))) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inkOfPgm(buf: Buffer): { width: number; height: number; ink: number } {
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = buf.subarray(header[0].length);
  let dark = 0;
  for (const v of pixels) if (v < 200) dark++;
  return { width, height, ink: dark / (width * height) };
}

export function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', timeout: 60_000 });
}

/** The text of each page (pdftotext puts a form feed after every page). */
export function pdfPages(pdfPath: string): string[] {
  return pdfText(pdfPath).split('\f').slice(0, -1);
}
