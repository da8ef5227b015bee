/**
 * One build for the three parts of the desktop app (`npm run build` = `electron-vite build`):
 * - main    src/main/electron/main.ts → out/main/index.js (ES module; package.json "main"), and
 *           the PNG worker src/main/export/pngWorker.ts → out/main/pngWorker.js
 * - preload src/main/electron/preload.ts → out/preload/index.cjs (CommonJS, one file: a
 *           sandboxed preload can neither be an ES module nor require its own chunks)
 * - renderer src/renderer → out/renderer (relative asset URLs, so the same build is served by
 *           the Electron app:// protocol and by the loopback web host)
 * Native modules stay outside the bundle and are unpacked from the asar at packaging.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const NATIVE = ['better-sqlite3', '@resvg/resvg-js'];
// VLINDER_OUT_DIR lets a test build into a temporary folder instead of the shared `out/`.
const OUT = process.env['VLINDER_OUT_DIR'] ? resolve(process.env['VLINDER_OUT_DIR']) : resolve(import.meta.dirname, 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT, 'main'),
      externalizeDeps: { include: NATIVE },
      rolldownOptions: {
        // The PNG worker (src/main/export/pngPool.ts) is an entry of its own: out/main/pngWorker.js.
        input: { index: resolve(import.meta.dirname, 'src/main/electron/main.ts'), pngWorker: resolve(import.meta.dirname, 'src/main/export/pngWorker.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(OUT, 'preload'),
      // Bundle everything the preload imports: the sandbox gives it `require('electron')` only.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      outDir: resolve(OUT, 'renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: resolve(import.meta.dirname, 'src/renderer/index.html'),
        // React Flow marks its bundle "use client" (a React Server Components hint); meaningless
        // in a client-only app, so that one warning is not printed on every build.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
