import type { ApiErrorData } from '../errors.ts';
import { c } from '../../model/check.ts';
import { evidenceSetCheck } from '../../evidence/evidenceCheck.ts';
import type { PrivacyFinding } from '../../privacy/scanDoc.ts';
import { method } from '../define.ts';

/** What an export run can write: the IVRP report (Word, PDF), IVP chapters, diagram files. */
export const EXPORT_KINDS = ['ivrp', 'pdf', 'ivp', 'ivpPerPriority', 'svg', 'png'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The step an export job is at; 'done' once every file is written. */
export type ExportStep = ExportKind | 'done';

export interface PrivacyScan {
  findings: PrivacyFinding[];
  /** Findings per confidence: high and medium deserve a look before sharing; low are hints. */
  counts: { high: number; medium: number; low: number };
}

export interface ExportJob {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  step: ExportStep;
  /** Steps finished, out of `total`. */
  done: number;
  /** How far the current step is, 0–1, when the step tells (figures drawn, PDF printed). */
  progress?: number;
  total: number;
  folder: string;
  /** Files written so far (absolute paths). */
  files: string[];
  error: ApiErrorData | null;
}

export interface DiagramImage {
  svg: string;
  /** PNG bytes, base64. */
  pngBase64: string;
  /** Suggested file name without extension. */
  name: string;
}

const sessionId = c.string({ min: 1, max: 100 });
const publication = c.optional(c.boolean());
const omitInternal = c.optional(c.boolean());

export const exportMethods = {
  /**
   * Scans what an export would contain for personal data (BSN, e-mail, phone, addresses, IBAN,
   * licence plates, dates of birth, case numbers, names). For a publication, only what stays in.
   */
  'export.scan': method<PrivacyScan>()(c.object({ sessionId, publication, omitInternal })),
  /** Starts writing the chosen exports into `folder` (created if missing); poll `export.status`. */
  'export.start': method<ExportJob>()(
    c.object({
      sessionId,
      folder: c.string({ min: 1, max: 4096 }),
      kinds: c.array(c.enum(EXPORT_KINDS), { max: EXPORT_KINDS.length }),
      publication,
      omitInternal,
      /** PNG pixels per diagram unit (1–4, default 2). */
      scale: c.optional(c.number({ min: 0.5, max: 4 })),
      /** Open-data figures read in the session, for the IVRP's evidence parts. */
      evidence: c.optional(evidenceSetCheck),
    }),
  ),
  'export.status': method<ExportJob>()(c.object({ jobId: c.string({ min: 1, max: 100 }) })),
  /** A folder to propose: next to the project file, else the user's documents folder. */
  'export.defaultFolder': method<{ folder: string }>()(c.object({ sessionId })),
  /** One bow-tie (or the matrix, without riskId) as SVG and PNG, e.g. for the clipboard. */
  'export.diagram': method<DiagramImage>()(c.object({ sessionId, riskId: c.optional(c.id()), scale: c.optional(c.number({ min: 0.5, max: 4 })), publication, omitInternal })),
};
