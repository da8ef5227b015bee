/** Handlers for open-data evidence files. */
import type { Handlers } from '../../shared/api/contract.ts';
import { readEvidenceFile } from '../evidence/readEvidenceFile.ts';

/** Today as yyyy-mm-dd (UTC): the download date when the user gives none. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function evidenceHandlers(): Pick<Handlers, 'evidence.read'> {
  return {
    async 'evidence.read'({ fileName, dataBase64, downloadedAt, tableId, year, lang }) {
      const bytes = Buffer.from(dataBase64, 'base64');
      return readEvidenceFile(bytes, { fileName, downloadedAt: downloadedAt ?? today(), ...(tableId ? { tableId } : {}), ...(year ? { year } : {}), ...(lang ? { lang } : {}) });
    },
  };
}
