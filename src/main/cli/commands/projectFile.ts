/**
 * Opening a .vlinder file from the command line: through the same storage as the app (so the
 * same untrusted-file checks), with working copies in a private temporary folder that is removed
 * afterwards. Changes are applied to the working copy and saved back atomically.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { changesBetween } from '../../../shared/register/changesBetween.ts';
import { appVersion } from '../../appVersion.ts';
import { createStorage } from '../../storage/createStorage.ts';

/** Runs `fn` on the validated document of `path`; nothing is written. */
export async function readProject<T>(path: string, fn: (doc: ProjectDoc) => Promise<T> | T): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vlinder-cli-'));
  const storage = createStorage({ dataDir, appVersion: appVersion() });
  try {
    const wc = storage.open(path);
    try {
      return await fn(wc.doc());
    } finally {
      wc.close(true);
    }
  } finally {
    storage.closeAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Runs `edit` on a copy of the document of `path`; when it returns true, the changes are
 * validated, committed and the file is saved atomically. Returns what `edit` returned.
 */
export async function editProject(path: string, edit: (draft: ProjectDoc) => boolean): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vlinder-cli-'));
  const storage = createStorage({ dataDir, appVersion: appVersion() });
  try {
    const wc = storage.open(path);
    try {
      const before = wc.doc();
      const draft = structuredClone(before);
      if (!edit(draft)) return false;
      wc.apply(changesBetween(before, draft));
      wc.save(path, { force: false, appVersion: appVersion() });
      return true;
    } finally {
      wc.close(true);
    }
  } finally {
    storage.closeAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
