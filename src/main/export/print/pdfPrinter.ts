/**
 * What the exports need to make a PDF: something that prints a self-contained HTML page. The CLI
 * and the web host use Chromium through playwright-core (chromiumPrinter); the Electron host can
 * plug in `webContents.printToPDF` of a hidden window with the same two methods.
 */
export interface PdfPrinter {
  /** Prints the page (CSS page size, backgrounds on) and returns the PDF bytes. */
  print(html: string): Promise<Uint8Array>;
  /** Releases the browser or window, if the printer keeps one. */
  close(): Promise<void>;
}
