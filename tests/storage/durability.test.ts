/**
 * Crashes: a process killed with SIGKILL while editing leaves a working copy that the next start
 * offers for recovery, holding every edit that was acknowledged; a process killed while saving
 * leaves the target either the old or the new complete file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { TEMP_SUFFIX } from '../../src/main/storage/atomicSave.ts';
import { validateDoc } from '../../src/shared/model/integrity.ts';
import { runChild } from './childProcess.ts';
import { expectedAfter } from './children/edits.ts';
import { TEST_APP_VERSION } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();

function lastNumber(lines: string[], prefix: string): number {
  let last = 0;
  for (const l of lines) if (l.startsWith(prefix)) last = Math.max(last, Number(l.slice(prefix.length)));
  return last;
}

describe('durability', () => {
  it.each([3, 40, 250])('after SIGKILL at edit ~%i, resuming the leftover finds every acknowledged edit', async (killAfter) => {
    const dataDir = tempDir();
    const child = runChild('editor.ts', [dataDir]);
    const id = (await child.waitFor((l) => l.startsWith('ready '))).slice(6);
    await child.waitFor((l) => l === `ack ${killAfter}`);
    child.process.kill('SIGKILL');
    await child.exited;
    const acked = lastNumber(child.lines, 'ack ');
    expect(acked).toBeGreaterThanOrEqual(killAfter);

    const storage = createStorage({ dataDir, appVersion: TEST_APP_VERSION });
    const left = storage.leftovers();
    expect(left.map((l) => [l.id, l.dirty])).toEqual([[id, true]]);
    const wc = storage.resume(id);
    const risks = Object.values(wc.doc().risks).map((r) => r.title).sort();
    // The edit in flight when the kill came may or may not have committed; nothing acked is lost.
    const candidates = [expectedAfter(acked), expectedAfter(acked + 1)];
    expect(candidates.map((c) => c.risks)).toContainEqual(risks);
    const state = candidates.find((c) => JSON.stringify(c.risks) === JSON.stringify(risks))!;
    expect(wc.doc().project.title).toBe(state.project);
    expect(validateDoc(wc.doc())).toEqual([]);
    expect(storage.leftovers()).toEqual([]);
    wc.close(true);
  });

  it('a working copy held by a live process is not offered for recovery and cannot be taken over', async () => {
    const dataDir = tempDir();
    const child = runChild('editor.ts', [dataDir]);
    const id = (await child.waitFor((l) => l.startsWith('ready '))).slice(6);
    await child.waitFor((l) => l === 'ack 5');
    const storage = createStorage({ dataDir, appVersion: TEST_APP_VERSION });
    expect(storage.leftovers()).toEqual([]);
    expect(() => storage.resume(id)).toThrowError(expect.objectContaining({ code: 'file.locked' }));
    child.process.kill('SIGKILL');
    await child.exited;
    expect(storage.leftovers().map((l) => l.id)).toEqual([id]);
  });

  it('a process killed while saving leaves the old or the new complete file, and temp files are never .vlinder', async () => {
    const dataDir = tempDir();
    const docs = tempDir();
    const target = join(docs, 'profiel.vlinder');
    let straysSeen = 0;
    let seed = 17;
    for (let round = 0; round < 6; round++) {
      const child = runChild('saver.ts', [dataDir, target]);
      await child.waitFor((l) => l.startsWith('saved '));
      seed = (seed * 48271) % 2147483647;
      await new Promise((r) => setTimeout(r, 20 + (seed % 400)));
      child.process.kill('SIGKILL');
      await child.exited;
      const saved = lastNumber(child.lines, 'saved ');
      const names = readdirSync(docs);
      expect(names.filter((n) => n.endsWith('.vlinder'))).toEqual(['profiel.vlinder']);
      const strays = names.filter((n) => n !== 'profiel.vlinder');
      for (const n of strays) expect(n, 'only hidden temp files of the save').toMatch(new RegExp(`^\\.profiel\\.vlinder\\.[0-9a-f]{8}-\\d+-[0-9a-f]{8}\\${TEMP_SUFFIX}(-journal)?$`));
      straysSeen += strays.length;

      const storage = createStorage({ dataDir, appVersion: TEST_APP_VERSION });
      const wc = storage.open(target);
      expect([`Versie ${saved}`, `Versie ${saved + 1}`]).toContain(wc.doc().project.title);
      expect(Object.keys(wc.doc().risks)).toHaveLength(200);
      // The start (settling the killed save) and the next save clear this machine's stale temp files.
      wc.save(target, { force: false, appVersion: TEST_APP_VERSION });
      expect(readdirSync(docs)).toEqual(['profiel.vlinder']);
      storage.closeAll();
    }
    // Not asserted (timing decides), but reported: how often the kill landed inside a save.
    console.info(`kill-during-save: ${straysSeen} temp file(s) left by kills mid-save in 6 rounds`);
  }, 120_000);
});
