/**
 * The one export path, used by every host: the app's export dialog and register buttons (through
 * the core's handlers) and `vlinder export`. One run:
 *   1. filter — for a publication, the document without what is vertrouwelijk (and intern);
 *   2. privacy check — of exactly what goes out, reported before anything is written;
 *   3. build and write — each kind from OUTPUT_SPECS, every file atomically;
 *   4. name — to the path given, or in a folder by the project's name, never overwriting an
 *      earlier export ("IVRP Gemeente Voorbeeld 2026 (2).docx").
 * A run works on the document it is given (a snapshot), so editing on during a long export is safe.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PrivacyScan } from '../../shared/api/methods/export.ts';
import type { EvidenceSet } from '../../shared/evidence/types.ts';
import { storedEvidence } from '../../shared/evidence/storedEvidence.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { uniquePath } from '../files/fileNames.ts';
import { exportedDoc, privacyScan } from './exportedDoc.ts';
import { OUTPUT_KINDS, OUTPUT_SPECS, type OutputContext, type OutputKind } from './outputKinds.ts';
import { chromiumPrinter } from './print/chromiumPrinter.ts';
import type { PdfPrinter } from './print/pdfPrinter.ts';
import type { PdfStage } from './print/reportPdf.ts';
import { writeExportFile } from './writeExportFile.ts';

/**
 * Where one kind goes: `file`, exactly this path (a one-file kind; replaced if it exists; its
 * folder is made only with `makeFolder`, as a command line user naming a new folder expects);
 * `folder`, files named from the project in this folder (in the kind's group subfolder when
 * `grouped`); `memory`, nothing written — the bytes come back in the result (a download).
 */
export type OutputTarget = { file: string; makeFolder?: boolean } | { folder: string; grouped?: boolean } | { memory: true };

export interface ExportOutput {
  kind: OutputKind;
  to: OutputTarget;
}

export interface ExportRequest {
  outputs: readonly ExportOutput[];
  publication: boolean;
  omitInternal: boolean;
  /** PNG pixels per SVG unit for diagram files (default 2). */
  scale?: number;
  /** Default the project's language. */
  lang?: Language;
  /** ISO date printed in the documents (default today). */
  date?: string;
  /** Open-data figures for the IVRP (key figures, figures per risk, sources). */
  evidence?: EvidenceSet;
}

export interface ExportHooks {
  /** Makes a printer for a PDF (default Chromium; the Electron host passes its own). */
  printer?: () => PdfPrinter;
  /** The privacy check of what is about to be written, before the first file. */
  onScan?: (scan: PrivacyScan) => void;
  onStep?: (kind: OutputKind | 'done', done: number, total: number) => void;
  /** How far the current kind is, 0–1 (figures drawn, PDF printed). */
  onProgress?: (kind: OutputKind, fraction: number) => void;
  /** The stage of the PDF as it starts (figures, print, pageNumbers). */
  onPdfStage?: (stage: PdfStage) => void;
}

/** What one output produced. */
export interface OutputResult {
  kind: OutputKind;
  /** Paths written, in order (none for a memory target). */
  files: string[];
  /** For a memory target: the files by name. */
  data: { name: string; bytes: Uint8Array }[];
}

export interface ExportResult {
  /** The document that was exported (filtered for a publication). */
  doc: ProjectDoc;
  privacy: PrivacyScan;
  outputs: OutputResult[];
  /** Every path written, in order. */
  files: string[];
}

const withEvidence = (evidence: EvidenceSet | undefined) => (evidence ? { evidence } : {});

const RANK = new Map(OUTPUT_KINDS.map((k, i) => [k, i]));

/** Runs every output of `request` on `source`, in the order of OUTPUT_KINDS. */
export async function runExport(source: ProjectDoc, request: ExportRequest, hooks: ExportHooks = {}): Promise<ExportResult> {
  const doc = exportedDoc(source, request);
  const privacy = privacyScan(doc);
  hooks.onScan?.(privacy);
  const ctx: OutputContext = {
    doc,
    publication: request.publication,
    omitInternal: request.publication && request.omitInternal,
    lang: request.lang ?? doc.project.language,
    date: request.date ?? new Date().toISOString().slice(0, 10),
    scale: request.scale ?? 2,
    // The figures the request brings, else those kept in the document.
    ...withEvidence(request.evidence ?? storedEvidence(doc)),
    printer: hooks.printer ?? (() => chromiumPrinter()),
    progress: () => undefined,
    ...(hooks.onPdfStage ? { pdfStage: hooks.onPdfStage } : {}),
  };
  const outputs = [...request.outputs].sort((a, b) => RANK.get(a.kind)! - RANK.get(b.kind)!);
  const taken = new Set<string>();
  const results: OutputResult[] = [];
  for (const [i, output] of outputs.entries()) {
    hooks.onStep?.(output.kind, i, outputs.length);
    results.push(await runOutput({ ...ctx, progress: (f) => hooks.onProgress?.(output.kind, f) }, output, taken));
  }
  hooks.onStep?.('done', outputs.length, outputs.length);
  return { doc, privacy, outputs: results, files: results.flatMap((r) => r.files) };
}

async function runOutput(ctx: OutputContext, { kind, to }: ExportOutput, taken: Set<string>): Promise<OutputResult> {
  const spec = OUTPUT_SPECS[kind];
  const result: OutputResult = { kind, files: [], data: [] };
  const folder = 'folder' in to ? (to.grouped && spec.group ? join(to.folder, spec.group(ctx)) : to.folder) : 'file' in to ? dirname(to.file) : '';
  if ('folder' in to || ('file' in to && to.makeFolder)) await mkdir(folder, { recursive: true });
  await spec.write(ctx, {
    folder,
    async put(name, bytes) {
      if ('memory' in to) {
        result.data.push({ name, bytes });
        return name;
      }
      const path = 'file' in to ? to.file : uniquePath(folder, name, taken);
      await writeExportFile(path, bytes);
      result.files.push(path);
      return path;
    },
    adopt(paths) {
      result.files.push(...paths);
    },
  });
  return result;
}
