/**
 * A PdfPrinter over a hidden browser window, for the Electron host (webContents.printToPDF).
 * Typed structurally so this file needs no Electron import: the host passes a function that makes
 * a hidden, sandboxed window with JavaScript off. The page is written to a temporary file and
 * loaded from there — a report with many figures is too large for a data: URL.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from './pdfPrinter.ts';

/** The part of an Electron BrowserWindow the printer uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: { printBackground: boolean; preferCSSPageSize: boolean; generateDocumentOutline?: boolean; generateTaggedPDF?: boolean }): Promise<Uint8Array> };
  destroy(): void;
}

export function windowPrinter(makeWindow: () => PrintWindow): PdfPrinter {
  return {
    async print(html) {
      const dir = await mkdtemp(join(tmpdir(), 'vlinder-print-'));
      const win = makeWindow();
      try {
        const file = join(dir, 'rapport.html');
        await writeFile(file, html, 'utf8');
        await win.loadURL(pathToFileURL(file).href);
        return await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true, generateTaggedPDF: true });
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
    async close() {
      // Each print uses its own window; nothing is kept.
    },
  };
}
