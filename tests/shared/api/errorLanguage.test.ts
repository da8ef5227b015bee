/**
 * Errors carry message keys, never Dutch prose: what the core refuses reaches each host as a key
 * with parameters (a reason is a message itself), so the English UI says it in English and the
 * CLI, which speaks Dutch, prints the same Dutch as before.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/shared/api/contract.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import type { ApiErrorData } from '../../../src/shared/api/errors.ts';
import { isMessageKey, t } from '../../../src/shared/i18n/t.ts';
import { CheckError } from '../../../src/shared/model/check.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addArea, updateArea } from '../../../src/shared/model/ops/areas.ts';
import { updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { readError, writeError } from '../../../src/main/storage/fileErrors.ts';

const say = (lang: 'nl' | 'en', e: ApiErrorData) => (isMessageKey(e.messageKey) ? t(lang, e.messageKey, e.params) : e.code);
/** Dutch words that must not appear in an English message built from these refusals. */
const DUTCH = /\b(moet|niet|een|het|kan|bestand|verwijst|zichzelf|gebied|tekst|map|geen)\b/i;

describe('a refused argument', () => {
  it('reaches the host as a key with the reason as a message, English in English', async () => {
    const dispatch = createDispatch({} as Handlers);
    const result = await dispatch('project.open', { path: 5 });
    expect(result.ok).toBe(false);
    const error = (result as { error: ApiErrorData }).error;
    expect(error.code).toBe('badArgument');
    expect(say('nl', error)).toBe('Ongeldige invoer bij args.path: moet tekst zijn.');
    expect(say('en', error)).toMatch(/args\.path: must be text\.$/);
    expect(say('en', error)).not.toMatch(DUTCH);
  });
});

describe('a refusal of a model operation', () => {
  it('keeps its Dutch message and carries a key the English UI translates', () => {
    const doc = newProjectDoc({ title: 'Test' });
    const area = addArea(doc, { name: 'Centrum', kind: 'district' });
    let err: unknown;
    try {
      updateArea(doc, area, { parentId: area });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CheckError);
    const refusal = err as CheckError;
    expect(refusal.message).toBe('wijziging.parentId: een gebied kan niet binnen zichzelf liggen');
    const english = t('en', 'edit.refused', { reason: refusal.toMessage() });
    expect(english).toBe('This change is not possible: wijziging.parentId: an area cannot lie within itself');
    expect(() => updateRisk(doc, 'nope', { title: 'x' })).toThrow(/verwijst naar een onbekend risico die niet bestaat/);
  });
});

describe('a file that cannot be read or written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-errlang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says why in the host language', () => {
    let err: unknown;
    try {
      readFileSync(dir);
    } catch (e) {
      err = e;
    }
    const error = readError(err, dir).toData();
    expect(say('nl', error)).toBe('Het bestand kan niet worden gelezen (dit is een map, geen bestand).');
    expect(say('en', error)).toMatch(/\(this is a folder, not a file\)\.$/);
    const full = writeError(Object.assign(new Error('full'), { code: 'ENOSPC' })).toData();
    expect(say('nl', full)).toContain('(de schijf is vol)');
    expect(say('en', full)).toContain('(the disk is full)');
    expect(say('en', full)).not.toMatch(DUTCH);
  });
});
