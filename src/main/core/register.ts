/**
 * Handlers for the register's files: reading a long list for the import preview, and exporting
 * the register of an open project to .xlsx or .csv (to a path, or as bytes for a download) —
 * through the one export path, so a publication is filtered and every export is privacy-checked.
 */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { readListFile, readListPath, MAX_LIST_BYTES } from '../export/readRegisterFile.ts';
import type { RegisterKind } from '../export/outputKinds.ts';
import { runExport } from '../export/runExport.ts';
import type { Sessions } from './sessions.ts';

type RegisterHandlers = Pick<Handlers, 'register.readList' | 'register.exportFile' | 'register.exportData'>;

export type RegisterFormat = 'xlsx' | 'csv';

const KIND: Record<RegisterFormat, RegisterKind> = { xlsx: 'registerXlsx', csv: 'registerCsv' };

const MIME: Record<RegisterFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/** The export format for a file name, or null for an extension we do not write. */
export function registerFormatOf(path: string): RegisterFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

export function registerHandlers({ sessions }: { sessions: Sessions }): RegisterHandlers {
  return {
    async 'register.readList'({ path, fileName, dataBase64 }) {
      if (path) return { fileName: basename(path), ...(await readListPath(path)) };
      if (!fileName || !dataBase64) throw new ApiError('badArgument', { path: 'args', reason: 'geef path, of fileName met dataBase64' });
      if (dataBase64.length > (MAX_LIST_BYTES * 4) / 3 + 4) throw new ApiError('import.invalid', { reason: `het bestand is groter dan ${MAX_LIST_BYTES / 1024 / 1024} MB` });
      return { fileName, ...(await readListFile(Buffer.from(dataBase64, 'base64'), fileName)) };
    },
    async 'register.exportFile'({ sessionId, path, lang, publication, omitInternal }) {
      const format = registerFormatOf(path);
      if (!format) throw new ApiError('export.failed', { reason: 'kies een bestandsnaam die eindigt op .xlsx of .csv' });
      const run = await runExport(sessions.get(sessionId).doc(), {
        outputs: [{ kind: KIND[format], to: { file: path } }],
        publication: publication ?? false,
        omitInternal: omitInternal ?? false,
        ...(lang ? { lang } : {}),
      });
      const { size } = await stat(path);
      return { path, bytes: size, privacy: run.privacy };
    },
    async 'register.exportData'({ sessionId, format, lang, publication, omitInternal }) {
      const run = await runExport(sessions.get(sessionId).doc(), {
        outputs: [{ kind: KIND[format], to: { memory: true } }],
        publication: publication ?? false,
        omitInternal: omitInternal ?? false,
        ...(lang ? { lang } : {}),
      });
      const file = run.outputs[0]!.data[0]!;
      return { fileName: file.name, mimeType: MIME[format], dataBase64: Buffer.from(file.bytes).toString('base64'), privacy: run.privacy };
    },
  };
}
