import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors.ts';
import { newId, nowIso } from '../../src/shared/model/ids.ts';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import type { Risk } from '../../src/shared/model/entities.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { APPLICATION_ID, FORMAT_VERSION } from '../../src/main/storage/format.ts';
import { useTempDirs } from './tempDirs.ts';
import { riskDefaults } from '../builders/riskDefaults.ts';
import { t } from '../../src/shared/i18n/t.ts';

const tempDir = useTempDirs();

function risk(title: string, order = 0): Risk {
  const now = nowIso();
  return { ...riskDefaults(title, order), id: newId(), createdAt: now, updatedAt: now, goals: ['Minder overlast'], confidentiality: 'internal' };
}

function setup() {
  const dataDir = tempDir();
  const docsDir = tempDir();
  const storage = createStorage({ dataDir, appVersion: '0.1.0-test' });
  return { storage, dataDir, docsDir };
}

describe('working copy: create, edit, save, open', () => {
  it('saves a project to a single compact file that opens with the same content', () => {
    const { storage, docsDir } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Veiligheid Voorbeeld' }));
    const r = risk('Drugslabs in leegstaande agrarische panden');
    expect(wc.apply([{ op: 'put', table: 'risks', value: r }])).toBe(1);
    expect(wc.dirty).toBe(true);
    const target = join(docsDir, 'profiel.vlinder');
    const result = wc.save(target, { force: false, appVersion: '0.1.0-test' });
    expect(result.bytes).toBeGreaterThan(0);
    expect(wc.dirty).toBe(false);
    expect(wc.path).toBe(target);
    expect(readdirSync(docsDir)).toEqual(['profiel.vlinder']);

    const opened = storage.open(target);
    expect(opened.doc()).toEqual(wc.doc());
    expect(opened.doc().risks[r.id]?.goals).toEqual(['Minder overlast']);
    expect(opened.dirty).toBe(false);
    expect(readdirSync(docsDir)).toEqual(['profiel.vlinder']);
    storage.closeAll();
  });

  it('writes the application id, the format version and no WAL marker into the file', () => {
    const { storage, docsDir } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Kop' }));
    const target = join(docsDir, 'kop.vlinder');
    wc.save(target, { force: false, appVersion: '0.1.0-test' });
    const header = readFileSync(target).subarray(0, 100);
    expect(header.toString('latin1', 0, 16)).toBe('SQLite format 3\0');
    expect(header.readUInt32BE(68)).toBe(APPLICATION_ID);
    expect(header.readUInt32BE(60)).toBe(FORMAT_VERSION);
    expect([header[18], header[19]]).toEqual([1, 1]);
    // Another program reading it leaves nothing beside it.
    const db = new Database(target, { readonly: true });
    expect(db.prepare('SELECT title FROM project').pluck().get()).toBe('Kop');
    db.close();
    expect(readdirSync(docsDir)).toEqual(['kop.vlinder']);
    wc.close(true);
  });

  it('stamps the save history with a parent chain and keeps the document id', () => {
    const { storage, docsDir } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Lijn' }));
    const a = join(docsDir, 'a.vlinder');
    wc.save(a, { force: false, appVersion: '0.1.0' });
    wc.apply([{ op: 'put', table: 'risks', value: risk('Woninginbraak') }]);
    wc.save(a, { force: false, appVersion: '0.2.0' });
    const reopened = storage.open(a);
    const history = reopened.saveHistory();
    expect(history.map((h) => h.appVersion)).toEqual(['0.1.0', '0.2.0']);
    expect(history[0]!.parentId).toBeNull();
    expect(history[1]!.parentId).toBe(history[0]!.id);
    expect(reopened.doc().project.documentId).toBe(wc.doc().project.documentId);
    storage.closeAll();
  });

  it('refuses an invalid change and leaves document and database untouched', () => {
    const { storage } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Fout' }));
    const before = wc.doc();
    const bad = { ...risk('Zonder thema'), themeId: newId() };
    expect(() => wc.apply([{ op: 'put', table: 'risks', value: risk('goed') }, { op: 'put', table: 'risks', value: bad }])).toThrowError(ApiError);
    const untitled: Risk = { ...risk('x'), title: '' };
    expect(() => wc.apply([{ op: 'put', table: 'risks', value: untitled }])).toThrowError(expect.objectContaining({ code: 'doc.invalidChange' }));
    expect(wc.doc()).toBe(before);
    expect(wc.revision).toBe(0);
    expect(wc.dirty).toBe(false);
    wc.close(true);
  });

  it('edits in place, yet a document handed out earlier (e.g. to a running export) never changes', () => {
    const { storage } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Momentopname' }));
    const first = risk('Eerste');
    wc.apply([{ op: 'put', table: 'risks', value: first }]);
    const seen = wc.doc();
    const text = JSON.stringify(seen);
    const renamed: Risk = { ...first, title: 'Hernoemd' };
    wc.apply([{ op: 'put', table: 'risks', value: renamed }]);
    wc.apply([{ op: 'put', table: 'risks', value: risk('Tweede', 1) }]);
    wc.apply([{ op: 'delete', table: 'risks', id: first.id }]);
    expect(JSON.stringify(seen)).toBe(text);
    expect(Object.values(wc.doc().risks).map((r) => r.title)).toEqual(['Tweede']);
    // The refusal names the first problem, as before.
    const loose: Risk = { ...risk('Los'), themeId: newId() };
    let refused: ApiError | null = null;
    try {
      wc.apply([{ op: 'put', table: 'risks', value: loose }]);
    } catch (err) {
      refused = err as ApiError;
    }
    expect(refused?.code).toBe('doc.invalidChange');
    expect(t('nl', 'error.doc.invalidChange', refused!.params)).toContain('verwijst naar een onbekend thema');
    expect(t('en', 'error.doc.invalidChange', refused!.params)).toContain('field themeId: refers to an unknown theme');
    wc.close(true);
  });

  it('refuses to overwrite a file changed on disk unless forced', () => {
    const { storage, docsDir } = setup();
    const target = join(docsDir, 'gedeeld.vlinder');
    const mine = storage.create(newProjectDoc({ title: 'Gedeeld' }));
    mine.save(target, { force: false, appVersion: '0.1.0' });
    const theirs = storage.open(target);
    theirs.apply([{ op: 'put', table: 'risks', value: risk('Van een collega') }]);
    theirs.save(target, { force: false, appVersion: '0.1.0' });
    mine.apply([{ op: 'put', table: 'risks', value: risk('Van mij') }]);
    expect(() => mine.save(target, { force: false, appVersion: '0.1.0' })).toThrowError(expect.objectContaining({ code: 'file.changedOnDisk' }));
    expect(Object.values(storage.open(target).doc().risks).map((r) => r.title)).toEqual(['Van een collega']);
    mine.save(target, { force: true, appVersion: '0.1.0' });
    expect(Object.values(storage.open(target).doc().risks).map((r) => r.title)).toEqual(['Van mij']);
    storage.closeAll();
  });

  it('a failed save leaves the target, the lineage and the dirty flag as they were', () => {
    const { storage, docsDir } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Mislukt' }));
    wc.apply([{ op: 'put', table: 'risks', value: risk('Nog niet opgeslagen') }]);
    expect(() => wc.save(join(docsDir, 'bestaat-niet', 'p.vlinder'), { force: false, appVersion: '0.1.0' })).toThrowError(expect.objectContaining({ code: 'file.writeFailed' }));
    mkdirSync(join(docsDir, 'map.vlinder'));
    expect(() => wc.save(join(docsDir, 'map.vlinder'), { force: false, appVersion: '0.1.0' })).toThrowError(expect.objectContaining({ code: 'file.writeFailed' }));
    expect(readdirSync(docsDir)).toEqual(['map.vlinder']);
    expect(readdirSync(join(docsDir, 'map.vlinder'))).toEqual([]);
    expect(wc.dirty).toBe(true);
    expect(wc.path).toBeNull();
    expect(wc.saveHistory()).toEqual([]);
    const ok = join(docsDir, 'goed.vlinder');
    wc.save(ok, { force: false, appVersion: '0.1.0' });
    expect(storage.open(ok).saveHistory()).toHaveLength(1);
    storage.closeAll();
  });

  it('Save As moves the copy to the new path; the old file stays as it was', () => {
    const { storage, docsDir } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Eerste' }));
    const first = join(docsDir, 'eerste.vlinder');
    const second = join(docsDir, 'tweede.vlinder');
    wc.save(first, { force: false, appVersion: '0.1.0' });
    const firstBytes = readFileSync(first);
    wc.apply([{ op: 'put', table: 'risks', value: risk('Alleen in de tweede') }]);
    wc.save(second, { force: false, appVersion: '0.1.0' });
    expect(wc.path).toBe(second);
    expect(readFileSync(first).equals(firstBytes)).toBe(true);
    expect(Object.keys(storage.open(second).doc().risks)).toHaveLength(1);
    expect(storage.open(second).doc().project.documentId).toBe(storage.open(first).doc().project.documentId);
    storage.closeAll();
  });

  it('deletes a clean working copy on close and keeps a dirty one for recovery', () => {
    const { storage } = setup();
    const clean = storage.create(newProjectDoc({ title: 'Schoon' }));
    const dirty = storage.create(newProjectDoc({ title: 'Vuil' }));
    dirty.apply([{ op: 'put', table: 'risks', value: risk('Onopgeslagen') }]);
    clean.close(false);
    dirty.close(false);
    expect(existsSync(join(storage.workingDir, `${clean.id}.sqlite`))).toBe(false);
    expect(storage.leftovers().map((l) => [l.id, l.title, l.dirty])).toEqual([[dirty.id, 'Vuil', true]]);
    const resumed = storage.resume(dirty.id);
    expect(Object.values(resumed.doc().risks).map((r) => r.title)).toEqual(['Onopgeslagen']);
    expect(resumed.dirty).toBe(true);
    resumed.close(true);
    expect(readdirSync(storage.workingDir)).toEqual([]);
  });

  it('a leftover whose sidecar is lost is still offered, without its path', () => {
    const { storage } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Zonder zijspan' }));
    wc.apply([{ op: 'put', table: 'risks', value: risk('Mag niet verloren gaan') }]);
    wc.close(false);
    rmSync(join(storage.workingDir, `${wc.id}.json`));
    expect(storage.leftovers().map((l) => [l.id, l.title, l.path, l.dirty])).toEqual([[wc.id, 'Zonder zijspan', null, true]]);
    const resumed = storage.resume(wc.id);
    expect(Object.values(resumed.doc().risks).map((r) => r.title)).toEqual(['Mag niet verloren gaan']);
    expect(resumed.path).toBeNull();
    resumed.close(true);
  });
});
