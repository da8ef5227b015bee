/**
 * Every kind of file an export can write, in one table: its shape (one file, or several in a
 * folder), its extension and how its bytes are made from the exported document. The table is a
 * `Record` over `OutputKind`, so a kind added to the union (or to the API's `EXPORT_KINDS`)
 * does not build until it has an entry here. The path through these entries — filter, privacy
 * check, write, name — is `runExport` (runExport.ts).
 */
import { EXPORT_KINDS, type ExportKind } from '../../shared/api/methods/export.ts';
import type { EvidenceSet } from '../../shared/evidence/types.ts';
import { t } from '../../shared/i18n/t.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { fill } from '../../shared/report/fmt.ts';
import { buildIvrp } from '../../shared/report/ivrp/buildIvrp.ts';
import { reportText } from '../../shared/report/text/index.ts';
import { safeStem, versionTag } from '../files/fileNames.ts';
import { writeDiagramFiles } from './diagramFiles.ts';
import { ivpDocx, ivpDocxPerPriority, ivrpDocx } from './ivrpReport.ts';
import type { PdfPrinter } from './print/pdfPrinter.ts';
import { reportPdf } from './print/reportPdf.ts';
import { registerCsv } from './registerCsv.ts';
import { registerXlsx } from './registerXlsx.ts';

/** The register as a spreadsheet: not a kind of the export dialog, but of the register view and the CLI. */
export const REGISTER_KINDS = ['registerXlsx', 'registerCsv'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** Everything an export can write. */
export type OutputKind = RegisterKind | ExportKind;
export const OUTPUT_KINDS: readonly OutputKind[] = [...REGISTER_KINDS, ...EXPORT_KINDS];

/** What one kind is given: the exported (already filtered) document and the run's settings. */
export interface OutputContext {
  doc: ProjectDoc;
  publication: boolean;
  omitInternal: boolean;
  lang: Language;
  /** ISO date printed in the documents and used in file names. */
  date: string;
  /** PNG pixels per SVG unit for diagram files. */
  scale: number;
  evidence?: EvidenceSet;
  printer: () => PdfPrinter;
}

/** Where a kind puts its files; the export path writes them atomically and names them. */
export interface OutputSink {
  /** Writes one file; `name` is used in a folder (never overwriting), ignored for a given path. */
  put(name: string, bytes: Uint8Array): Promise<string>;
  /** The folder of a folder-shaped kind (made before the kind runs). */
  folder: string;
  /** Files a kind wrote itself into `folder` (the diagram writer). */
  adopt(paths: readonly string[]): void;
}

export interface OutputSpec {
  /** 'file': one file (a path, or a name in a folder); 'folder': any number of files in a folder. */
  shape: 'file' | 'folder';
  /** The extension of its files. */
  ext: string;
  /** A subfolder for its files when the export writes many kinds into one folder (diagrams). */
  group?: (ctx: OutputContext) => string;
  write(ctx: OutputContext, sink: OutputSink): Promise<void>;
}

/** A file-name stem from a template of the report texts: "IVRP Gemeente Voorbeeld 2026 (publicatie)". */
export function fileStem(ctx: OutputContext, template: string, params: Record<string, string> = {}): string {
  const tx = reportText(ctx.lang);
  const municipality = ctx.doc.project.municipality.trim() || ctx.doc.project.title;
  return safeStem(fill(template, { municipality, year: ctx.date.slice(0, 4), ...params }) + versionTag(ctx.doc.project, tx.files) + (ctx.publication ? tx.files.publication : ''));
}

/** "Risicolijst Gemeente Voorbeeld", "Risk register …" */
function registerStem(ctx: OutputContext): string {
  return fileStem(ctx, `${t(ctx.lang, 'register.fileName')} {title}`, { title: ctx.doc.project.title });
}

const reportOpts = (ctx: OutputContext) => ({
  publication: ctx.publication,
  omitInternal: ctx.omitInternal,
  lang: ctx.lang,
  date: ctx.date,
  ...(ctx.evidence ? { evidence: ctx.evidence } : {}),
});

const diagrams = (format: 'svg' | 'png'): OutputSpec => ({
  shape: 'folder',
  ext: `.${format}`,
  group: (ctx) => fileStem(ctx, reportText(ctx.lang).files.diagrams),
  async write(ctx, sink) {
    sink.adopt(await writeDiagramFiles(ctx.doc, sink.folder, { svg: format === 'svg', png: format === 'png', scale: ctx.scale, ...reportOpts(ctx) }));
  },
});

/** One Word report, named by its file-name template in the report texts. */
const wordReport = (name: 'ivrp' | 'ivp', make: typeof ivrpDocx): OutputSpec => ({
  shape: 'file',
  ext: '.docx',
  async write(ctx, sink) {
    await sink.put(`${fileStem(ctx, reportText(ctx.lang).files[name])}.docx`, await make(ctx.doc, reportOpts(ctx)));
  },
});

export const OUTPUT_SPECS: Record<OutputKind, OutputSpec> = {
  registerXlsx: {
    shape: 'file',
    ext: '.xlsx',
    async write(ctx, sink) {
      await sink.put(`${registerStem(ctx)}.xlsx`, await registerXlsx(ctx.doc, ctx.lang));
    },
  },
  registerCsv: {
    shape: 'file',
    ext: '.csv',
    async write(ctx, sink) {
      await sink.put(`${registerStem(ctx)}.csv`, registerCsv(ctx.doc, ctx.lang));
    },
  },
  ivrp: wordReport('ivrp', ivrpDocx),
  pdf: {
    shape: 'file',
    ext: '.pdf',
    async write(ctx, sink) {
      const printer = ctx.printer();
      try {
        const opts = reportOpts(ctx);
        await sink.put(`${fileStem(ctx, reportText(ctx.lang).files.ivrp)}.pdf`, await reportPdf(buildIvrp(ctx.doc, opts), printer, opts));
      } finally {
        await printer.close();
      }
    },
  },
  ivp: wordReport('ivp', ivpDocx),
  ivpPerPriority: {
    shape: 'folder',
    ext: '.docx',
    async write(ctx, sink) {
      const template = reportText(ctx.lang).files.ivpOne;
      for (const { risk, bytes } of await ivpDocxPerPriority(ctx.doc, reportOpts(ctx))) await sink.put(`${fileStem(ctx, template, { code: risk.code, title: risk.title })}.docx`, bytes);
    },
  },
  svg: diagrams('svg'),
  png: diagrams('png'),
};
