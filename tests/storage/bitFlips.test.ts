/**
 * Damage nobody planned: random bit flips anywhere in a valid file. Whatever a flip hits, opening
 * ends quickly with either a valid document or a `file.*` error — never a crash, a hang or an
 * exception of another kind — and the damaged file is left exactly as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors.ts';
import { validateDoc } from '../../src/shared/model/integrity.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { sha256, TEST_APP_VERSION, writeValidFile } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();

const FILE_ERRORS = new Set(['file.damaged', 'file.notSqlite', 'file.foreignSqlite', 'file.newerVersion']);

describe('bit flips', () => {
  it('never crash, hang or modify the file', () => {
    const storage = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION });
    const dir = tempDir();
    const clean = readFileSync(writeValidFile(storage, dir));
    const target = join(dir, 'geflipt.vlinder');
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: clean.length - 1 }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 }), (flips) => {
        const bytes = Buffer.from(clean);
        for (const [offset, bit] of flips) bytes[offset]! ^= 1 << bit;
        writeFileSync(target, bytes);
        const before = sha256(target);
        let outcome = 'ok';
        try {
          const wc = storage.open(target);
          expect(validateDoc(wc.doc())).toEqual([]);
          wc.close(true);
        } catch (err) {
          if (!(err instanceof ApiError) || !FILE_ERRORS.has(err.code)) throw err;
          outcome = err.code;
        }
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        expect(sha256(target)).toBe(before);
      }),
      { numRuns: 300, seed: 20261123 },
    );
    // The flips must actually exercise the error paths, not only land in free space.
    expect(outcomes.get('file.damaged') ?? 0).toBeGreaterThan(10);
  }, 120_000);
});
