/**
 * A copy edited as the app edits it: `from` opened in a working copy, `edit` run on the document
 * with the real operations, the difference applied through the working copy (so its changes are
 * recorded), saved as `to`.
 */
import type { VlinderStorage } from '../../src/main/storage/createStorage.ts';
import { changesBetween } from '../../src/shared/merge/changesBetween.ts';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';

export function editAndSave(storage: VlinderStorage, from: string, to: string, edit: (doc: ProjectDoc) => void, save: { appVersion: string; savedBy: string }): void {
  const wc = storage.open(from);
  const before = wc.doc();
  const after = structuredClone(before);
  edit(after);
  wc.apply(changesBetween(before, after));
  wc.save(to, { force: true, ...save });
  wc.close(true);
}
