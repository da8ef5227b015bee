/**
 * Export handlers: the privacy scan before an export, export jobs that write into a folder
 * with progress the UI polls, and single diagrams (for the clipboard). A job works on a snapshot
 * of the document taken when it starts, so editing on during a long export is safe.
 */
import { dirname, isAbsolute } from 'node:path';
import { defaultFolder } from './files.ts';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ExportJob, ExportStep } from '../../shared/api/methods/export.ts';
import { renderBowtieSvg } from '../../shared/diagram/bowtieSvg.ts';
import { renderMatrixSvg } from '../../shared/diagram/matrixSvg.ts';
import { newId } from '../../shared/model/ids.ts';
import { reportText } from '../../shared/report/text/index.ts';
import { pngsAsync } from '../export/diagrams.ts';
import { exportedDoc, privacyScan } from '../export/exportedDoc.ts';
import type { PdfPrinter } from '../export/print/pdfPrinter.ts';
import { runExport } from '../export/runExport.ts';
import { safeStem } from '../files/fileNames.ts';
import type { Sessions } from './sessions.ts';
import { because } from '../../shared/model/check.ts';

type ExportHandlers = Pick<Handlers, 'export.scan' | 'export.start' | 'export.status' | 'export.defaultFolder' | 'export.diagram'>;

export interface ExportDeps {
  sessions: Sessions;
  /** Makes the printer for PDFs; the Electron host passes one built on webContents.printToPDF. */
  pdfPrinter?: () => PdfPrinter;
}

/** Finished jobs are kept this long for the UI to read their result. */
const KEEP_MS = 30 * 60_000;

export function exportHandlers({ sessions, pdfPrinter }: ExportDeps): ExportHandlers {
  const jobs = new Map<string, ExportJob & { finishedAt?: number }>();
  const sweep = () => {
    const now = Date.now();
    for (const [id, j] of jobs) if (j.finishedAt && now - j.finishedAt > KEEP_MS) jobs.delete(id);
  };
  const view = ({ finishedAt: _f, ...job }: ExportJob & { finishedAt?: number }): ExportJob => ({ ...job, files: [...job.files] });

  return {
    async 'export.scan'({ sessionId, publication, omitInternal }) {
      return privacyScan(exportedDoc(sessions.get(sessionId).doc(), { publication: publication ?? false, omitInternal: omitInternal ?? false }));
    },

    async 'export.start'({ sessionId, folder, kinds, publication, omitInternal, scale, evidence }) {
      if (!isAbsolute(folder)) throw new ApiError('badArgument', { path: 'args.folder', reason: because('reason.fullFolderPath') });
      if (kinds.length === 0) throw new ApiError('badArgument', { path: 'args.kinds', reason: because('reason.noExportChosen') });
      sweep();
      const doc = sessions.get(sessionId).doc();
      const job: ExportJob & { finishedAt?: number } = { jobId: newId(), state: 'running', step: kinds[0]!, done: 0, total: kinds.length, folder, files: [], error: null };
      jobs.set(job.jobId, job);
      void runExport(
        doc,
        {
          outputs: kinds.map((kind) => ({ kind, to: { folder, grouped: true } })),
          publication: publication ?? false,
          omitInternal: omitInternal ?? false,
          scale: scale ?? 2,
          ...(evidence ? { evidence } : {}),
        },
        {
          ...(pdfPrinter ? { printer: pdfPrinter } : {}),
          onStep(step, done) {
            // The dialog's jobs run only the kinds of EXPORT_KINDS.
            job.step = step as ExportStep;
            job.done = done;
            delete job.progress;
          },
          onProgress(step, fraction) {
            if (job.step === step) job.progress = fraction;
          },
        },
      ).then(
        (run) => {
          job.files = run.files;
          job.state = 'done';
          job.finishedAt = Date.now();
        },
        (err: unknown) => {
          job.state = 'failed';
          job.finishedAt = Date.now();
          job.error = (err instanceof ApiError ? err : new ApiError('export.failed', { reason: err instanceof Error ? err.message.split('\n')[0]! : String(err) })).toData();
        },
      );
      return view(job);
    },

    async 'export.status'({ jobId }) {
      const job = jobs.get(jobId);
      if (!job) throw new ApiError('notFound');
      return view(job);
    },

    async 'export.defaultFolder'({ sessionId }) {
      const wc = sessions.get(sessionId);
      return { folder: wc.path ? dirname(wc.path) : defaultFolder() };
    },

    async 'export.diagram'({ sessionId, riskId, scale, publication, omitInternal }) {
      const doc = exportedDoc(sessions.get(sessionId).doc(), { publication: publication ?? false, omitInternal: omitInternal ?? false });
      const draw = { publication: publication ?? false, excludeInternal: omitInternal ?? false };
      let svg: string;
      let name: string;
      if (riskId) {
        const risk = doc.risks[riskId];
        if (!risk) throw new ApiError('notFound');
        svg = renderBowtieSvg(doc, riskId, draw);
        name = safeStem(`${risk.code} ${risk.title}`);
      } else {
        svg = renderMatrixSvg(doc, draw);
        name = safeStem(reportText(doc.project.language).files.matrix);
      }
      const [png] = await pngsAsync([{ svg, zoom: scale ?? 2 }]);
      return { svg, pngBase64: png!.toString('base64'), name };
    },
  };
}
