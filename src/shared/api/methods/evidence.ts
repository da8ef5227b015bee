import { c } from '../../model/check.ts';
import { LANGUAGES } from '../../model/vocab.ts';
import type { EvidenceImport } from '../../evidence/types.ts';
import { method } from '../define.ts';

const day = c.string({ pattern: /^\d{4}-\d{2}-\d{2}$/ });

/**
 * Open-data evidence: reading a CBS / police CSV or the Kerncijfers workbook into observations
 * (all or nothing; an error names the line in `lang`). Mapping and showing happen in the renderer.
 */
export const evidenceMethods = {
  'evidence.read': method<EvidenceImport>()(
    c.object({
      fileName: c.string({ min: 1, max: 255 }),
      /** The file, base64; up to 64 MB of file. */
      dataBase64: c.string({ min: 1, max: 90 * 1024 * 1024 }),
      /** Day the file was downloaded; default: today. */
      downloadedAt: c.optional(day),
      /** The StatLine table the user says this is (default: from the file name or the columns). */
      tableId: c.optional(c.string({ min: 1, max: 20 })),
      /** Year of a Kerncijfers file whose name does not say it. */
      year: c.optional(c.int({ min: 1990, max: 2200 })),
      lang: c.optional(c.enum(LANGUAGES)),
    }),
  ),
};
