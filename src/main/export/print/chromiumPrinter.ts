/**
 * Prints HTML to PDF with a Chromium (or Chrome/Edge) found on the machine, driven by
 * playwright-core. The page runs with JavaScript off and the network off: the print view needs
 * neither. The Electron host prints with its own webContents instead (see PdfPrinter).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors.ts';
import type { PdfPrinter } from './pdfPrinter.ts';

/** Where Chromium-based browsers usually live; VLINDER_CHROMIUM or CHROMIUM_PATH win. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const own = [env['VLINDER_CHROMIUM'], env['CHROMIUM_PATH']].filter((p): p is string => Boolean(p));
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((p): p is string => Boolean(p));
    return [
      ...own,
      ...roots.flatMap((r) => [join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Chromium', 'Application', 'chrome.exe')]),
    ];
  }
  if (platform === 'darwin') {
    return [...own, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  return [...own, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

export function findChromium(candidates: readonly string[] = chromiumCandidates()): string | null {
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Flags for a headless Chromium that stays off the network; the end-to-end tests use them too. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * A printer that starts the browser on first use and keeps it for further prints until
 * `close()`. Throws ApiError('export.noChromium') when no browser is found.
 */
export function chromiumPrinter(opts: { executablePath?: string } = {}): PdfPrinter {
  let browser: Promise<import('playwright-core').Browser> | null = null;
  const start = async () => {
    // A browser the user named explicitly is used or reported, never silently replaced.
    const executablePath = opts.executablePath ?? (process.env['VLINDER_CHROMIUM'] || findChromium());
    if (!executablePath || !existsSync(executablePath)) throw new ApiError('export.noChromium', { path: executablePath ?? chromiumCandidates()[0] ?? 'chromium' });
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  };
  return {
    async print(html) {
      browser ??= start();
      let b;
      try {
        b = await browser;
      } catch (err) {
        browser = null;
        throw err;
      }
      const context = await b.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      } finally {
        await context.close();
      }
    },
    async close() {
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.close();
    },
  };
}
