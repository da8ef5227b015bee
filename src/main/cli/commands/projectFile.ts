/**
 * A project file for a CLI command: read through the same untrusted-open checks as the app
 * (.vlinder, or the .json interchange form), and — for commands that change it — written back
 * atomically with a new save record, after the whole document was validated again.
 */
import { recordChanges } from '../../../shared/merge/fieldChanges.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { nowIso } from '../../../shared/model/ids.ts';
import { appVersion } from '../../appVersion.ts';
import { readProjectFile, writeProjectFile } from '../../storage/projectFiles.ts';

/** Runs `fn` on the validated document of `path`; nothing is written. */
export async function readProject<T>(path: string, fn: (doc: ProjectDoc) => Promise<T> | T): Promise<T> {
  return fn(readProjectFile(path).doc);
}

/**
 * Runs `edit` on a copy of the document of `path`; when it returns true the file is replaced
 * atomically by the edited project (keeping its document id and save history). Returns whether
 * it was written.
 */
export async function editProject(path: string, edit: (draft: ProjectDoc) => boolean): Promise<boolean> {
  const file = readProjectFile(path);
  const draft = structuredClone(file.doc);
  if (!edit(draft)) return false;
  // Recorded as the app records edits, so a later comparison with another copy sees them (docs/merge.md).
  const records = recordChanges(file.doc, draft, file.records, nowIso());
  writeProjectFile(path, draft, { history: file.history, records, appVersion: appVersion() });
  return true;
}
