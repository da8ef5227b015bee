/**
 * A save killed at its most awkward moments: the next start knows what happened from the save's
 * own record, so it neither reports a false "changed on disk" nor leaves temp files beside the
 * user's file, and it removes only those.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { runChild } from './childProcess.ts';
import { TEST_APP_VERSION } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();

async function crash(mode: 'before-rename' | 'after-rename') {
  const dataDir = tempDir();
  const docs = tempDir();
  const target = join(docs, 'profiel.vlinder');
  // Someone else's files beside the target, named like ours: never touched.
  const foreign = ['.profiel.vlinder.notes', '.profiel.vlinder.12345678-1-abcdef12.vlinder-tmp', 'profiel.vlinder.bak'];
  for (const f of foreign) writeFileSync(join(docs, f), 'van iemand anders');
  const child = runChild('crashSave.ts', [dataDir, target, mode]);
  const id = (await child.waitFor((l) => l.startsWith('armed '))).slice(6);
  await child.exited;
  expect(child.lines).not.toContain('survived');
  return { dataDir, docs, target, id, foreign };
}

describe('a save killed half way', () => {
  it('after the rename: the file is saved, nothing is offered for recovery (whose save cried "changed on disk"), the next save just works', async () => {
    const { dataDir, docs, target, foreign } = await crash('after-rename');
    const storage = createStorage({ dataDir, appVersion: TEST_APP_VERSION });
    expect(storage.leftovers()).toEqual([]);
    const wc = storage.open(target);
    expect(wc.doc().project.title).toBe('Versie 2');
    expect(wc.saveHistory()).toHaveLength(2);
    wc.apply([{ op: 'project', value: { ...wc.doc().project, title: 'Versie 3' } }]);
    wc.save(target, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    expect(readdirSync(docs).sort()).toEqual([...foreign, 'profiel.vlinder'].sort());
  }, 60_000);

  it('before the rename: the old file stands, the copy is offered with its edit, and its temp file is gone', async () => {
    const { dataDir, docs, target, id, foreign } = await crash('before-rename');
    const storage = createStorage({ dataDir, appVersion: TEST_APP_VERSION });
    expect(readdirSync(docs).sort()).toEqual([...foreign, 'profiel.vlinder'].sort());
    expect(storage.leftovers().map((l) => [l.id, l.dirty])).toEqual([[id, true]]);
    const wc = storage.resume(id);
    expect(wc.doc().project.title).toBe('Versie 2');
    // The record of the save that never reached the disk is gone: the lineage is the file's.
    expect(wc.saveHistory()).toHaveLength(1);
    wc.save(target, { force: false, appVersion: TEST_APP_VERSION });
    expect(wc.saveHistory()).toHaveLength(2);
    wc.close(true);
    const reopened = storage.open(target);
    expect(reopened.doc().project.title).toBe('Versie 2');
    reopened.close(true);
  }, 60_000);
});
