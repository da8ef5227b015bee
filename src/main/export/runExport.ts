/**
 * One export run from the app: the chosen documents and diagrams written into one folder, with
 * progress per step. File names come from the project ("IVRP Gemeente Voorbeeld 2026.docx") and
 * never overwrite an earlier export.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportKind, ExportStep } from '../../shared/api/methods/export.ts';
import type { EvidenceSet } from '../../shared/evidence/types.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { fill } from '../../shared/report/fmt.ts';
import { buildIvp, buildIvpPerPriority } from '../../shared/report/ivp/buildIvp.ts';
import { buildIvrp } from '../../shared/report/ivrp/buildIvrp.ts';
import { reportText } from '../../shared/report/text/index.ts';
import { writeFileAtomic } from '../core/register.ts';
import { writeDiagramFiles } from './diagramFiles.ts';
import { reportDocx } from './docx/reportDocx.ts';
import { safeStem, uniquePath } from './fileNames.ts';
import type { PdfPrinter } from './print/pdfPrinter.ts';
import { pdfFraction, reportPdf } from './print/reportPdf.ts';

export interface ExportPlan {
  kinds: readonly ExportKind[];
  folder: string;
  publication: boolean;
  omitInternal: boolean;
  /** PNG pixels per SVG unit for diagram files. */
  scale: number;
  lang?: Language;
  /** ISO date printed in the documents (default today). */
  date?: string;
  /** Open-data figures for the IVRP (key figures, figures per risk, sources). */
  evidence?: EvidenceSet;
}

export interface ExportHooks {
  /** Makes a printer for the PDF (Chromium, or the Electron host's). */
  printer: () => PdfPrinter;
  onStep?: (step: ExportStep, done: number, total: number) => void;
  /** How far the current step is, 0–1 (figures drawn, PDF printed). */
  onProgress?: (step: ExportStep, fraction: number) => void;
}

const ORDER: readonly ExportKind[] = ['ivrp', 'pdf', 'ivp', 'ivpPerPriority', 'svg', 'png'];

/** Writes every chosen export; returns the files written, in order. */
export async function runExport(doc: ProjectDoc, plan: ExportPlan, hooks: ExportHooks): Promise<string[]> {
  const lang = plan.lang ?? doc.project.language;
  const tx = reportText(lang);
  const date = plan.date ?? new Date().toISOString().slice(0, 10);
  const opts = { publication: plan.publication, omitInternal: plan.omitInternal, lang, date, ...(plan.evidence ? { evidence: plan.evidence } : {}) };
  const suffix = plan.publication ? tx.files.publication : '';
  const municipality = doc.project.municipality.trim() || doc.project.title;
  const name = (template: string, params: Record<string, string> = {}) => safeStem(fill(template, { municipality, year: date.slice(0, 4), ...params }) + suffix);
  const kinds = ORDER.filter((k) => plan.kinds.includes(k));
  const total = kinds.length;
  const taken = new Set<string>();
  const written: string[] = [];
  await mkdir(plan.folder, { recursive: true });
  const write = async (file: string, bytes: Uint8Array) => {
    const path = uniquePath(plan.folder, file, taken);
    await writeFileAtomic(path, bytes);
    written.push(path);
  };

  for (const [i, kind] of kinds.entries()) {
    hooks.onStep?.(kind, i, total);
    const part = (fraction: number) => hooks.onProgress?.(kind, fraction);
    if (kind === 'ivrp') await write(`${name(tx.files.ivrp)}.docx`, await reportDocx(buildIvrp(doc, opts), { ...opts, onFigure: (d, n) => part((0.8 * d) / n) }));
    else if (kind === 'pdf') {
      const printer = hooks.printer();
      try {
        await write(`${name(tx.files.ivrp)}.pdf`, await reportPdf(buildIvrp(doc, opts), printer, { ...opts, onProgress: (stage, d, n) => part(pdfFraction(stage, d, n)) }));
      } finally {
        await printer.close();
      }
    } else if (kind === 'ivp') await write(`${name(tx.files.ivp)}.docx`, await reportDocx(buildIvp(doc, opts), opts));
    else if (kind === 'ivpPerPriority') {
      for (const { risk, report } of buildIvpPerPriority(doc, opts)) await write(`${name(tx.files.ivpOne, { code: risk.code, title: risk.title })}.docx`, await reportDocx(report, opts));
    } else {
      const folder = join(plan.folder, safeStem(tx.files.diagrams + suffix));
      written.push(...(await writeDiagramFiles(doc, folder, { svg: kind === 'svg', png: kind === 'png', scale: plan.scale, ...opts })));
    }
  }
  hooks.onStep?.('done', total, total);
  return written;
}
