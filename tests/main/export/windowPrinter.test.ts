import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { windowPrinter, type PrintWindow } from '../../../src/main/export/print/windowPrinter.ts';

/** Stands in for an Electron BrowserWindow: remembers what it loaded and how it was asked to print. */
function fakeWindow(log: { url?: string; html?: string; options?: unknown; destroyed?: boolean; existsAfter?: boolean }, fail = false): PrintWindow {
  return {
    async loadURL(url) {
      log.url = url;
      log.html = readFileSync(fileURLToPath(url), 'utf8');
    },
    webContents: {
      async printToPDF(options) {
        log.options = options;
        if (fail) throw new Error('printing failed');
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    },
    destroy() {
      log.destroyed = true;
      log.existsAfter = log.url ? existsSync(fileURLToPath(log.url)) : false;
    },
  };
}

describe('windowPrinter (the Electron host’s printer)', () => {
  it('loads the page from a file, prints with the CSS page size and backgrounds, and cleans up', async () => {
    const log: Parameters<typeof fakeWindow>[0] = {};
    const pdf = await windowPrinter(() => fakeWindow(log)).print('<!doctype html><p>Rapport</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    expect(log.url).toMatch(/^file:.*rapport\.html$/);
    expect(log.html).toBe('<!doctype html><p>Rapport</p>');
    expect(log.options).toMatchObject({ printBackground: true, preferCSSPageSize: true });
    expect(log.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(log.url!))).toBe(false);
  });

  it('closes the window and removes the file when printing fails', async () => {
    const log: Parameters<typeof fakeWindow>[0] = {};
    await expect(windowPrinter(() => fakeWindow(log, true)).print('<p>x</p>')).rejects.toThrow('printing failed');
    expect(log.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(log.url!))).toBe(false);
  });
});
