/**
 * Tests that need a program outside npm: LibreOffice (soffice), poppler (pdftoppm, pdftotext) or
 * a Chromium-based browser. Such a test runs where the program is installed and is skipped with
 * the reason and the package to install where it is not; tests/tools/toolReporter.ts lists every
 * one of them at the end of the run with whether it ran, so a CI log shows that they did.
 */
import { spawnSync } from 'node:child_process';
import { it } from 'vitest';
import { findChromium } from '../../src/main/export/print/chromiumPrinter.ts';

export type ExternalTool = 'soffice' | 'pdftoppm' | 'pdftotext' | 'chromium';

declare module 'vitest' {
  interface TaskMeta {
    /** The external programs this test needs (set by itWithTools). */
    externalTools?: ExternalTool[];
  }
}

/** The Debian package that provides each tool. */
const PACKAGE: Record<ExternalTool, string> = {
  soffice: 'libreoffice-writer-nogui',
  pdftoppm: 'poppler-utils',
  pdftotext: 'poppler-utils',
  chromium: 'chromium fonts-liberation',
};

const found = new Map<ExternalTool, boolean>();

export function hasTool(tool: ExternalTool): boolean {
  let ok = found.get(tool);
  if (ok === undefined) {
    ok = tool === 'chromium' ? findChromium() !== null : spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
    found.set(tool, ok);
  }
  return ok;
}

/** Why a test that needs `tools` cannot run here, or null when it can. */
export function missingToolsNote(tools: readonly ExternalTool[]): string | null {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return null;
  const packages = [...new Set(missing.map((t) => PACKAGE[t]))].join(' ');
  return `${missing.join(', ')} not installed; apt-get install ${packages}${missing.includes('chromium') ? ' or set CHROMIUM_PATH' : ''}`;
}

/** `it(name, fn)` for a test that needs `tools`: skipped with a visible reason where one is missing. */
export function itWithTools(tools: readonly ExternalTool[], name: string, fn: () => unknown, timeout?: number): void {
  it(
    name,
    async ({ task, skip }) => {
      task.meta.externalTools = [...tools];
      const note = missingToolsNote(tools);
      if (note) skip(note);
      await fn();
    },
    timeout,
  );
}
