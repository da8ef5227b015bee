/**
 * Handlers for the register's files: reading a long list for the import preview, and exporting
 * the register of an open project to .xlsx or .csv (to a path, or as bytes for a download).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { readListFile, MAX_LIST_BYTES } from '../export/readRegisterFile.ts';
import { registerCsv } from '../export/registerCsv.ts';
import { registerXlsx } from '../export/registerXlsx.ts';
import type { Sessions } from './sessions.ts';

type RegisterHandlers = Pick<Handlers, 'register.readList' | 'register.exportFile' | 'register.exportData'>;

export type RegisterFormat = 'xlsx' | 'csv';

const MIME: Record<RegisterFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/** The export format for a file name, or null for an extension we do not write. */
export function registerFormatOf(path: string): RegisterFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

/** The register of `doc` as file bytes. */
export async function registerBytes(doc: ProjectDoc, format: RegisterFormat, lang?: Language): Promise<Buffer> {
  return format === 'xlsx' ? registerXlsx(doc, lang) : registerCsv(doc, lang);
}

/** Writes `bytes` next to `path` and renames it over: the target is the old or the new file, never half. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, bytes, { flush: true });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new ApiError('export.failed', { reason: code === 'ENOENT' ? 'de map bestaat niet' : code === 'EACCES' || code === 'EPERM' ? 'geen schrijfrechten in deze map' : code || 'schrijven mislukt' }, { cause: err });
  }
}

/** A file name for the register of a project: "Risicolijst Gemeente Voorbeeld.xlsx". */
export function registerFileName(doc: ProjectDoc, format: RegisterFormat, lang: Language): string {
  const title = [...doc.project.title].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const base = `${lang === 'nl' ? 'Risicolijst' : 'Risk register'} ${title}`.replace(/[\\/:*?"<>|]+/g, ' ').trim();
  return `${base.slice(0, 120)}.${format}`;
}

export function registerHandlers({ sessions }: { sessions: Sessions }): RegisterHandlers {
  return {
    async 'register.readList'({ path, fileName, dataBase64 }) {
      let bytes: Uint8Array;
      let name: string;
      if (path) {
        name = basename(path);
        try {
          bytes = await readFile(path);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') throw new ApiError('file.notFound', { path });
          throw new ApiError('file.unreadable', { reason: code ?? 'onbekend' });
        }
      } else if (fileName && dataBase64) {
        name = fileName;
        if (dataBase64.length > (MAX_LIST_BYTES * 4) / 3 + 4) throw new ApiError('import.invalid', { reason: `het bestand is groter dan ${MAX_LIST_BYTES / 1024 / 1024} MB` });
        bytes = Buffer.from(dataBase64, 'base64');
      } else {
        throw new ApiError('badArgument', { path: 'args', reason: 'geef path, of fileName met dataBase64' });
      }
      return { fileName: name, ...(await readListFile(bytes, name)) };
    },
    async 'register.exportFile'({ sessionId, path, lang }) {
      const format = registerFormatOf(path);
      if (!format) throw new ApiError('export.failed', { reason: 'kies een bestandsnaam die eindigt op .xlsx of .csv' });
      const doc = sessions.get(sessionId).doc();
      const bytes = await registerBytes(doc, format, lang);
      await writeFileAtomic(path, bytes);
      return { path, bytes: bytes.byteLength };
    },
    async 'register.exportData'({ sessionId, format, lang }) {
      const doc = sessions.get(sessionId).doc();
      const language = lang ?? doc.project.language;
      const bytes = await registerBytes(doc, format, language);
      return { fileName: registerFileName(doc, format, language), mimeType: MIME[format], dataBase64: bytes.toString('base64') };
    },
  };
}
