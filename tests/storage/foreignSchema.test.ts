/**
 * A file holds Vlinder's own tables and nothing else: a virtual table (however its CREATE is
 * spelled), an extra table, index, view or trigger, or a CHECK that calls load_extension() is
 * damage, found before anything reads table data, and the file is never modified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { readProjectFile } from '../../src/main/storage/projectFiles.ts';
import { damagedCopy, sha256, TEST_APP_VERSION, writeValidFile } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';
import { inDutch } from './inDutch.ts';

const tempDir = useTempDirs();

function setup() {
  const storage = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION });
  const dir = tempDir();
  return { storage, dir, valid: writeValidFile(storage, dir) };
}

/** Both ways a file is opened (the app and `vlinder validate`) must refuse it the same way. */
function refusal(storage: ReturnType<typeof createStorage>, path: string): { code: string; where: string } {
  const before = sha256(path);
  const seen: { code: string; where: string }[] = [];
  for (const open of [() => storage.open(path).close(true), () => readProjectFile(path)]) {
    try {
      open();
      seen.push({ code: 'opened', where: '' });
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      seen.push({ code: (err as ApiError).code, where: String(inDutch(err as ApiError).params['where']) });
    }
  }
  expect(seen[1]).toEqual(seen[0]);
  expect(sha256(path)).toBe(before);
  return seen[0]!;
}

/** Edits the schema text directly, as a hostile sender can (SQLite refuses some of it otherwise). */
function forged(source: string, dir: string, name: string, sql: string): string {
  return damagedCopy(source, dir, name, (db) => {
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.exec(sql);
    db.pragma('writable_schema = OFF');
  });
}

const RISK_COLUMNS = 'id, created_at, updated_at, code, title, hazard, central_event, description, theme_id, area_ids, status, priority_advice, goals, indicators, evidence, resources, confidentiality, sort_order';

describe('foreign schema objects in a .vlinder file', () => {
  it('a virtual table in place of ours is refused however its CREATE is spelled', () => {
    const { storage, dir, valid } = setup();
    for (const [i, create] of ['CREATE /**/VIRTUAL TABLE', 'CREATE\n\tVIRTUAL TABLE', 'create virtual table', 'CREATE VIRTUAL TABLE IF NOT EXISTS'].entries()) {
      const path = damagedCopy(valid, dir, `fts-${i}.vlinder`, `DROP TABLE risks; ${create} risks USING fts5(${RISK_COLUMNS})`);
      expect(refusal(storage, path)).toEqual({ code: 'file.damaged', where: 'risks is een virtuele tabel' });
      // SQLite rewrites the text of a CREATE it runs; a sender writing sqlite_schema directly does not.
      for (const rootpage of ['0', 'rootpage']) {
        const raw = forged(valid, dir, `raw-${i}-${rootpage}.vlinder`, `UPDATE sqlite_schema SET rootpage = ${rootpage}, sql = '${create} risks USING fts5(${RISK_COLUMNS})' WHERE name = 'risks'`);
        expect(refusal(storage, raw)).toEqual({ code: 'file.damaged', where: 'risks is een virtuele tabel' });
      }
    }
  });

  it('an extra virtual table beside ours is refused before quick_check runs its module', () => {
    const { storage, dir, valid } = setup();
    const path = damagedCopy(valid, dir, 'extra-fts.vlinder', "CREATE /**/VIRTUAL TABLE notes USING fts5(body); INSERT INTO notes VALUES ('geheim')");
    expect(refusal(storage, path)).toEqual({ code: 'file.damaged', where: 'onbekend onderdeel in het bestand: tabel notes' });
  });

  it('a virtual table with a forged root page is still found by SQLite’s own parse', () => {
    const { storage, dir, valid } = setup();
    const path = forged(valid, dir, 'forged.vlinder', "UPDATE sqlite_schema SET sql = 'CREATE VIRTUAL TABLE scores USING fts5(a)' WHERE name = 'scores'");
    expect(refusal(storage, path)).toEqual({ code: 'file.damaged', where: 'scores is een virtuele tabel' });
  });

  it('extra tables, indexes, views and triggers are refused, each named', () => {
    const { storage, dir, valid } = setup();
    const cases: [string, string][] = [
      ["CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('geheim')", 'tabel notes'],
      ['CREATE INDEX risks_by_title ON risks (title)', 'index risks_by_title'],
      ["CREATE VIEW spy AS SELECT 'x'", 'view spy'],
      ['CREATE TRIGGER t AFTER DELETE ON risks BEGIN SELECT 1; END', 'trigger t'],
      ['CREATE TABLE s (id INTEGER PRIMARY KEY AUTOINCREMENT)', 'tabel s'],
    ];
    for (const [i, [sql, what]] of cases.entries()) {
      expect(refusal(storage, damagedCopy(valid, dir, `extra-${i}.vlinder`, sql))).toEqual({ code: 'file.damaged', where: `onbekend onderdeel in het bestand: ${what}` });
    }
  });

  it('a CHECK constraint that calls load_extension() is damage, for the app and for validate', () => {
    const { storage, dir, valid } = setup();
    const path = forged(valid, dir, 'check.vlinder', `UPDATE sqlite_schema SET sql = replace(sql, 'app_version TEXT NOT NULL', 'app_version TEXT NOT NULL CHECK(load_extension(''/tmp/x.so''))') WHERE name = 'save_history'`);
    expect(readFileSync(path).includes('load_extension')).toBe(true);
    expect(refusal(storage, path).code).toBe('file.damaged');
  });

  it('unknown columns in our tables are still ignored, and the saved file has none of them', () => {
    const { storage, dir, valid } = setup();
    const path = damagedCopy(valid, dir, 'kolom.vlinder', "ALTER TABLE risks ADD COLUMN secret TEXT DEFAULT 'geheim'");
    expect(refusal(storage, path).code).toBe('opened');
    const wc = storage.open(path);
    const out = join(dir, 'uit.vlinder');
    wc.save(out, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    const db = new Database(out, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('risks') WHERE name = 'secret'").pluck().get()).toBe(0);
    db.close();
  });
});
