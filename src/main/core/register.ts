/**
 * Handlers for the register's files: reading a long list for the import preview, and exporting
 * the register of an open project to .xlsx or .csv (to a path, or as bytes for a download) —
 * through the one export path, so a publication is filtered and every export is privacy-checked.
 */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { readListFile, readListPath, MAX_LIST_BYTES } from '../export/readRegisterFile.ts';
import type { RegisterKind } from '../export/outputKinds.ts';
import { runExport, type ExportOutput } from '../export/runExport.ts';
import type { Sessions } from './sessions.ts';
import { because } from '../../shared/model/check.ts';

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

interface Variant {
  lang: Language | undefined;
  publication: boolean | undefined;
  omitInternal: boolean | undefined;
}

export function registerHandlers({ sessions }: { sessions: Sessions }): RegisterHandlers {
  /** The session's register through the one export path (filter, privacy check, write, name). */
  const exportRegister = (sessionId: string, output: ExportOutput, { lang, publication, omitInternal }: Variant) =>
    runExport(sessions.get(sessionId).doc(), { outputs: [output], publication: publication ?? false, omitInternal: omitInternal ?? false, ...(lang ? { lang } : {}) });
  return {
    async 'register.readList'({ path, fileName, dataBase64 }) {
      if (path) return { fileName: basename(path), ...(await readListPath(path)) };
      if (!fileName || !dataBase64) throw new ApiError('badArgument', { path: 'args', reason: because('reason.pathOrData') });
      if (dataBase64.length > (MAX_LIST_BYTES * 4) / 3 + 4) throw new ApiError('import.invalid', { reason: because('reason.fileTooLarge', { size: `${MAX_LIST_BYTES / 1024 / 1024} MB` }) });
      return { fileName, ...(await readListFile(Buffer.from(dataBase64, 'base64'), fileName)) };
    },
    async 'register.exportFile'({ sessionId, path, lang, publication, omitInternal }) {
      const format = registerFormatOf(path);
      if (!format) throw new ApiError('export.failed', { reason: because('reason.registerExtension') });
      const run = await exportRegister(sessionId, { kind: KIND[format], to: { file: path } }, { lang, publication, omitInternal });
      const { size } = await stat(path);
      return { path, bytes: size, privacy: run.privacy };
    },
    async 'register.exportData'({ sessionId, format, lang, publication, omitInternal }) {
      const run = await exportRegister(sessionId, { kind: KIND[format], to: { memory: true } }, { lang, publication, omitInternal });
      const file = run.outputs[0]!.data[0]!;
      return { fileName: file.name, mimeType: MIME[format], dataBase64: Buffer.from(file.bytes).toString('base64'), privacy: run.privacy };
    },
  };
}
