/**
 * The hidden window that prints the IVRP report to PDF (webContents.printToPDF). It lives in its
 * own in-memory session so the app's session rules (only app:// requests) stay strict, while this
 * one allows exactly what a printed report needs: the report's temporary file and data: images.
 * JavaScript is off: the print view is static HTML.
 */
import { BrowserWindow, session as electronSession, type Session } from 'electron';
import type { PdfPrinter } from '../export/print/pdfPrinter.ts';
import { windowPrinter } from '../export/print/windowPrinter.ts';

export const PRINT_PARTITION = 'vlinder-print';

/** True for the only requests a print page may make. */
export function isPrintRequest(url: string): boolean {
  return url.startsWith('file:') || url.startsWith('data:');
}

export function hardenPrintSession(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequest(details.url) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      // No middle-click windows either (new windows are denied app-wide anyway).
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
}

/** The PDF printer of the desktop app; call after the app is ready. */
export function electronPdfPrinter(): PdfPrinter {
  hardenPrintSession(electronSession.fromPartition(PRINT_PARTITION));
  return windowPrinter(() => createPrintWindow());
}
