/**
 * A vitest reporter that ends the run with the tests that need programs outside npm (see
 * externalTools.ts): which ran and which were skipped, and why. Where the tools are installed (CI),
 * the log shows them running; where they are not, the reason and the package to install.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class ToolReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows: string[] = [];
    let ran = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const tools = test.meta().externalTools;
        if (!tools) continue;
        const result = test.result();
        if (result.state !== 'skipped') ran++;
        const why = result.state === 'skipped' ? ` — ${result.note ?? 'no reason given'}` : '';
        rows.push(`  ${result.state.padEnd(7)} ${module.relativeModuleId} > ${test.fullName} [${tools.join(', ')}]${why}`);
      }
    }
    if (rows.length === 0) return;
    process.stdout.write(`\nTests that need LibreOffice, poppler or Chromium: ${ran} ran, ${rows.length - ran} skipped\n${rows.join('\n')}\n\n`);
  }
}
