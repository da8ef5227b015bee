/**
 * Reads an evidence file from a path (CLI): the file's date stands in for the download date when
 * none is given. Shared by `vlinder import-evidence` and `vlinder export --evidence`.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import { defaultMapping } from '../../shared/evidence/mapping.ts';
import type { EvidenceImport, EvidenceSet } from '../../shared/evidence/types.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { readStarterList } from '../content/content.ts';
import { sourceResourcesDir } from '../content/resourcesDir.ts';
import { readEvidenceFile } from './readEvidenceFile.ts';

export interface PathOptions {
  downloadedAt?: string;
  tableId?: string;
  year?: number;
}

export async function readEvidencePath(path: string, opts: PathOptions = {}): Promise<EvidenceImport> {
  let bytes: Buffer;
  let mtime: Date;
  try {
    [bytes, mtime] = await Promise.all([readFile(path), stat(path).then((s) => s.mtime)]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? new ApiError('file.notFound', { path }) : new ApiError('file.unreadable', { reason: code ?? 'onbekend' });
  }
  return readEvidenceFile(bytes, {
    fileName: basename(path),
    downloadedAt: opts.downloadedAt ?? mtime.toISOString().slice(0, 10),
    ...(opts.tableId ? { tableId: opts.tableId } : {}),
    ...(opts.year ? { year: opts.year } : {}),
  });
}

/**
 * Open-data files for a report (`vlinder export --evidence A.csv,B.xlsx`): each read in full,
 * each kind counted towards its default risk of the project (by the starter list).
 */
export async function readEvidenceSet(doc: ProjectDoc, paths: readonly string[]): Promise<EvidenceSet> {
  const imports = await Promise.all(paths.map((p) => readEvidencePath(p)));
  const kinds = new Set(imports.flatMap((i) => i.observations.map((o) => o.kind)));
  return { imports, mapping: defaultMapping(doc, kinds, readStarterList(sourceResourcesDir())) };
}
