/** The IVRP report and the IVP chapters as Word documents. */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Risk } from '../../shared/model/entities.ts';
import type { ReportOptions } from '../../shared/report/context.ts';
import { buildIvp, buildIvpPerPriority } from '../../shared/report/ivp/buildIvp.ts';
import { buildIvrp } from '../../shared/report/ivrp/buildIvrp.ts';
import { reportDocx, type DocxProgress } from './docx/reportDocx.ts';

export type ExportReportOptions = ReportOptions & DocxProgress;

const flags = (opts: ExportReportOptions) => ({ publication: opts.publication ?? false, omitInternal: opts.omitInternal ?? false });

/** The IVRP report (`.docx` bytes). */
export async function ivrpDocx(doc: ProjectDoc, opts: ExportReportOptions = {}): Promise<Buffer> {
  return reportDocx(buildIvrp(doc, opts), { ...flags(opts), ...(opts.onFigure ? { onFigure: opts.onFigure } : {}) });
}

/** Chapter 5 of the IVP with every priority (`.docx` bytes). */
export async function ivpDocx(doc: ProjectDoc, opts: ExportReportOptions = {}): Promise<Buffer> {
  return reportDocx(buildIvp(doc, opts), { ...flags(opts), ...(opts.onFigure ? { onFigure: opts.onFigure } : {}) });
}

/** One IVP chapter per priority. */
export async function ivpDocxPerPriority(doc: ProjectDoc, opts: ExportReportOptions = {}): Promise<{ risk: Risk; bytes: Buffer }[]> {
  const out: { risk: Risk; bytes: Buffer }[] = [];
  for (const { risk, report } of buildIvpPerPriority(doc, opts)) out.push({ risk, bytes: await reportDocx(report, flags(opts)) });
  return out;
}
