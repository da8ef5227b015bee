#!/usr/bin/env node
// First step of `npm test` and `npm run test:e2e`: the end-to-end tests need a Chromium-based
// browser (system Chromium, Chrome or Edge, or CHROMIUM_PATH). Where there is none, say in one
// line what to install and fail before anything runs, instead of failing inside Playwright.
import { ensureNode } from './node-check.mjs';

ensureNode(import.meta.url, { typeStripping: true });
const { findChromium } = await import('../src/main/export/print/chromiumPrinter.ts');
const found = findChromium();
if (found) {
  process.stdout.write(`Chromium for the tests: ${found}\n`);
} else {
  const install =
    process.platform === 'darwin' || process.platform === 'win32'
      ? 'install Google Chrome or Microsoft Edge'
      : 'install Chromium: sudo apt-get install chromium fonts-liberation (Debian/Ubuntu; Fedora: sudo dnf install chromium)';
  process.stderr.write(`npm test needs a Chromium-based browser and found none: ${install}, or set CHROMIUM_PATH to one.\n`);
  process.exitCode = 1;
}
