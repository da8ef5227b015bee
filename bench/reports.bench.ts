/**
 * Reports on realistic sizes (DESIGN.md §8), each at several project sizes (generated projects of
 * 50, 200 and 1 000 risks with 30 worked-out bow-ties):
 * - the IVRP .docx drawn from scratch (figure cache emptied before every run); baseline: the same
 *   report without figures' PNGs, to show what the images cost;
 * - the IVRP .docx again after one bow-tie changed (the other figures come from the cache);
 *   baseline: the same without images;
 * - the IVRP PDF through Chromium (one print plus the front matter for the contents' page
 *   numbers); baseline: one print of the text alone. Not at 1 000 risks: over a minute per run;
 * - `--png` diagram files (one PNG per bow-tie) with the child process's peak memory; baseline:
 *   the same diagrams as SVG files;
 * plus the content model alone and the IVP chapters at 200 risks.
 * Run with `npm run bench -- reports` (or a part: `-- "IVRP PDF"`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ivpDocx, ivrpDocx } from '../src/main/export/ivrpReport.ts';
import { renderDocx } from '../src/main/export/docx/renderDocx.ts';
import { figurePngs } from '../src/main/export/pngCache.ts';
import { chromiumPrinter, findChromium } from '../src/main/export/print/chromiumPrinter.ts';
import { printHtml } from '../src/main/export/print/printHtml.ts';
import { reportPdf } from '../src/main/export/print/reportPdf.ts';
import type { ProjectDoc } from '../src/shared/model/doc.ts';
import { buildIvrp } from '../src/shared/report/ivrp/buildIvrp.ts';
import { generateProject } from '../tests/builders/generateProject.ts';
import { atSizes, measure, type Bench } from './lib.ts';

const DATE = '2026-11-23';
const projects = new Map<number, ProjectDoc>();
const project = (risks = 200) => {
  let doc = projects.get(risks);
  if (!doc) projects.set(risks, (doc = generateProject({ risks, workedOut: Math.min(30, risks), seed: 7 })));
  return doc;
};
const words = { figure: 'Figuur', page: 'pagina' };
const textOnly = (doc: ProjectDoc) => measure(() => renderDocx(buildIvrp(doc, { date: DATE }), new Map(), words), { runs: 3, warmup: 1 });
const at200 = (ms: number) => (size: number) => (size === 200 ? ms : undefined);

/** The project with one worked-out bow-tie's central event renamed (`n` makes each edit new). */
function oneBowtieChanged(doc: ProjectDoc, n: number): ProjectDoc {
  const risk = Object.values(doc.risks).find((r) => r.status === 'workedOut')!;
  return { ...doc, risks: { ...doc.risks, [risk.id]: { ...risk, centralEvent: `${risk.centralEvent} (${n})` } } };
}

const child = fileURLToPath(new URL('./fixtures/reports/pngFiles.ts', import.meta.url));
function pngFiles(risks: number, kind: 'png' | 'svg'): { ms: number; files: number; peak_rss_mb: number } {
  const out = execFileSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', child, String(risks), kind], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as { ms: number; files: number; peak_rss_mb: number };
}

export const benches: Bench[] = [
  ...atSizes(
    'reports: IVRP .docx, 30 bow-ties, figures drawn anew (baseline: without images)',
    [50, 200, 1000],
    async (size) => {
      const doc = project(size);
      const base = await textOnly(doc);
      let bytes = 0;
      figurePngs.clear();
      const r = await measure(() => ivrpDocx(doc, { date: DATE }), { runs: size >= 1000 ? 2 : 3, warmup: 1, after: (b) => ((bytes = b.length), figurePngs.clear()) });
      return { median_ms: r.median_ms, baseline_ms: base.median_ms, extra: { docx_kB: Math.round(bytes / 1024) } };
    },
    { unit: 'risks', budget_ms: at200(3000) },
  ),
  ...atSizes(
    'reports: IVRP .docx again, one bow-tie changed (baseline: without images)',
    [50, 200, 1000],
    async (size) => {
      const doc = project(size);
      const base = await textOnly(doc);
      figurePngs.clear();
      await ivrpDocx(doc, { date: DATE });
      let n = 0;
      const r = await measure(() => ivrpDocx(oneBowtieChanged(doc, ++n), { date: DATE }), { runs: size >= 1000 ? 3 : 5, warmup: 1 });
      return { median_ms: r.median_ms, baseline_ms: base.median_ms, extra: { cached_figures: figurePngs.size.entries } };
    },
    { unit: 'risks', budget_ms: at200(1000) },
  ),
  ...atSizes(
    'reports: IVRP PDF through Chromium (baseline: one print of the text alone)',
    [50, 200],
    async (size) => {
      if (!findChromium()) throw new Error('geen Chromium gevonden');
      const doc = project(size);
      const printer = chromiumPrinter();
      try {
        await printer.print('<p>start</p>');
        const report = buildIvrp(doc, { date: DATE });
        const base = await measure(() => printer.print(printHtml(report, { images: new Map() }).html), { runs: 2, warmup: 0 });
        let bytes = 0;
        const r = await measure(() => reportPdf(buildIvrp(doc, { date: DATE }), printer, { publication: false, omitInternal: false }), { runs: 3, warmup: 0, after: (b) => (bytes = b.length) });
        return { median_ms: r.median_ms, baseline_ms: base.median_ms, extra: { pdf_kB: Math.round(bytes / 1024) } };
      } finally {
        await printer.close();
      }
    },
    { unit: 'risks', budget_ms: at200(8000) },
  ),
  ...atSizes(
    'reports: PNG diagram files (--png), one per bow-tie (baseline: the same as SVG files)',
    [50, 200],
    (size) => {
      const svg = pngFiles(size, 'svg');
      const png = pngFiles(size, 'png');
      return { median_ms: png.ms, baseline_ms: svg.ms, extra: { files: png.files, peak_rss_mb: png.peak_rss_mb, svg_peak_rss_mb: svg.peak_rss_mb, rss_budget_mb: 500 } };
    },
    { unit: 'risks' },
  ),
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
];
