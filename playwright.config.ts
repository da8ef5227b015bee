import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/main/export/print/chromiumPrinter.ts';

/**
 * End-to-end tests in the machine's Chromium (or Chrome/Edge, or CHROMIUM_PATH) through the real
 * web host (tests/e2e/fixtures.ts starts it). `npm test` checks first that there is one
 * (bin/need-chromium.mjs).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: findChromium() ?? 'chromium',
      args: CHROMIUM_ARGS,
    },
  },
});
