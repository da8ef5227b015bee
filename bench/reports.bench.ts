/**
 * Reports on a realistic size (DESIGN.md §8: IVRP .docx for 200 risks with 30 diagrams < 5 s):
 * the whole IVRP Word document of a generated 200-risk project with 30 worked-out bow-ties —
 * content model, 30 bow-ties and the matrix drawn and rendered to PNG, docx written with its
 * page-number layout. Baseline: the same report without figures' PNGs (content model + docx
 * of the text only), to show what the images cost. Also reported: the content model alone, the
 * IVP chapters, and the PDF through Chromium when one is installed.
 * Run with `npm run bench -- reports`.
 */
import { ivpDocx, ivrpDocx } from '../src/main/export/ivrpReport.ts';
import { renderDocx } from '../src/main/export/docx/renderDocx.ts';
import { chromiumPrinter, findChromium } from '../src/main/export/print/chromiumPrinter.ts';
import { reportPdf } from '../src/main/export/print/reportPdf.ts';
import { buildIvrp } from '../src/shared/report/ivrp/buildIvrp.ts';
import { generateProject } from '../tests/builders/generateProject.ts';
import { measure, type Bench } from './lib.ts';

const DATE = '2026-11-23';
let cached: ReturnType<typeof generateProject> | null = null;
const project = () => (cached ??= generateProject({ risks: 200, workedOut: 30, seed: 7 }));

export const benches: Bench[] = [
  {
    name: 'reports: IVRP .docx, 200 risks, 30 bow-ties (baseline: without images)',
    budget_ms: 5000,
    async run() {
      const doc = project();
      const base = await measure(() => renderDocx(buildIvrp(doc, { date: DATE }), new Map(), { figure: 'Figuur', page: 'pagina' }), { runs: 3, warmup: 1 });
      let bytes = 0;
      const r = await measure(() => ivrpDocx(doc, { date: DATE }), { runs: 5, warmup: 1, after: (b) => (bytes = b.length) });
      return { median_ms: r.median_ms, baseline_ms: base.median_ms, extra: { risks: 200, bowties: 30, docx_kB: Math.round(bytes / 1024) } };
    },
  },
  {
    name: 'reports: IVRP content model, 200 risks',
    async run() {
      const doc = project();
      const r = await measure(() => buildIvrp(doc, { date: DATE }), { runs: 10, warmup: 2 });
      return { median_ms: r.median_ms };
    },
  },
  {
    name: 'reports: IVP chapters .docx, all priorities of the 200-risk project',
    async run() {
      const doc = project();
      const priorities = Object.values(doc.risks).filter((x) => x.priorityAdvice === 'priority').length;
      const r = await measure(() => ivpDocx(doc, { date: DATE }), { runs: 3, warmup: 1 });
      return { median_ms: r.median_ms, extra: { priorities } };
    },
  },
  {
    name: 'reports: IVRP PDF through Chromium, 200 risks (two prints for the TOC)',
    async run() {
      if (!findChromium()) throw new Error('geen Chromium gevonden');
      const doc = project();
      const printer = chromiumPrinter();
      try {
        const r = await measure(() => reportPdf(buildIvrp(doc, { date: DATE }), printer, { publication: false, omitInternal: false }), { runs: 3, warmup: 1 });
        return { median_ms: r.median_ms };
      } finally {
        await printer.close();
      }
    },
  },
];
