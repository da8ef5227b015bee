/**
 * Opening is opening untrusted input: every kind of bad file gets its own error code, the file is
 * byte-identical afterwards, nothing appears beside it, and the private copy is cleaned up.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api/errors.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { FORMAT_VERSION } from '../../src/main/storage/format.ts';
import { damagedCopy, listing, sha256, TEST_APP_VERSION, writeValidFile } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';
import { t } from '../../src/shared/i18n/t.ts';
import { inDutch } from './inDutch.ts';

const tempDir = useTempDirs();

function setup() {
  const dataDir = tempDir();
  const dir = tempDir();
  const storage = createStorage({ dataDir, appVersion: TEST_APP_VERSION });
  const valid = writeValidFile(storage, dir);
  return { storage, dir, valid, dataDir };
}

/** Opens `path` expecting `code`; checks that the file and its folder are exactly as before. */
function expectRefused(storage: ReturnType<typeof createStorage>, path: string, code: string, params?: Record<string, unknown>): ApiError {
  const folder = join(path, '..');
  const before = { hash: safeHash(path), files: listing(folder) };
  let error: unknown;
  try {
    storage.open(path).close(true);
  } catch (err) {
    error = err;
  }
  expect(error, `open(${path}) should fail with ${code}`).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  // Compared as the Dutch UI shows them: places and reasons travel as messages.
  const refused = inDutch(error as ApiError);
  if (params) expect(refused.params).toMatchObject(params);
  expect(safeHash(path)).toBe(before.hash);
  expect(listing(folder)).toEqual(before.files);
  expect(listing(join(storage.workingDir, '..', 'incoming'))).toEqual([]);
  return refused;
}

function safeHash(path: string): string | null {
  try {
    // Only regular files: reading a FIFO would block the test itself.
    const st = statSync(path);
    if (!st.isFile()) return 'not a regular file';
    return st.size > 64 * 1024 * 1024 ? `${st.size} bytes, ${st.mtimeMs}` : sha256(path);
  } catch {
    return null;
  }
}

describe('opening files that are not (valid) Vlinder files', () => {
  it('a missing file, an empty file, a folder and a FIFO each get their own message', () => {
    const { storage, dir } = setup();
    expectRefused(storage, join(dir, 'bestaat-niet.vlinder'), 'file.notFound');
    writeFileSync(join(dir, 'leeg.vlinder'), '');
    expectRefused(storage, join(dir, 'leeg.vlinder'), 'file.empty');
    mkdirSync(join(dir, 'map.vlinder'));
    expectRefused(storage, join(dir, 'map.vlinder'), 'file.unreadable', { reason: 'dit is een map, geen bestand' });
    execFileSync('mkfifo', [join(dir, 'fifo.vlinder')]);
    expectRefused(storage, join(dir, 'fifo.vlinder'), 'file.unreadable');
  });

  it('refuses a file above the size cap without reading it', () => {
    const { storage, dir } = setup();
    const huge = join(dir, 'groot.vlinder');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 600 * 1024 * 1024); // sparse: costs no disk space
    expectRefused(storage, huge, 'file.tooLarge', { size: '600 MB' });
  });

  it('random bytes and text are not SQLite', () => {
    const { storage, dir } = setup();
    writeFileSync(join(dir, 'tekst.vlinder'), 'Dit is een notitie, geen project.\n');
    expectRefused(storage, join(dir, 'tekst.vlinder'), 'file.notSqlite');
    let seed = 42;
    for (const size of [1, 15, 16, 100, 4096, 70_000]) {
      const bytes = Buffer.alloc(size, 0).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
      writeFileSync(join(dir, `ruis-${size}.vlinder`), bytes);
      expectRefused(storage, join(dir, `ruis-${size}.vlinder`), 'file.notSqlite');
    }
  });

  it('a database of another program, or one claiming our id without a version', () => {
    const { storage, dir, valid } = setup();
    expectRefused(storage, damagedCopy(valid, dir, 'ander-id.vlinder', 'PRAGMA application_id = 1234'), 'file.foreignSqlite');
    expectRefused(storage, damagedCopy(valid, dir, 'geen-id.vlinder', 'PRAGMA application_id = 0'), 'file.foreignSqlite');
    expectRefused(storage, damagedCopy(valid, dir, 'geen-versie.vlinder', 'PRAGMA user_version = 0'), 'file.damaged');
    expectRefused(storage, damagedCopy(valid, dir, 'negatief.vlinder', 'PRAGMA user_version = -3'), 'file.damaged');
  });

  it('a file from a newer Vlinder names its format version and the app version that wrote it', () => {
    const { storage, dir, valid } = setup();
    const newer = damagedCopy(valid, dir, 'nieuw.vlinder', `PRAGMA user_version = ${FORMAT_VERSION + 1}; UPDATE save_history SET app_version = '3.1.0'`);
    const err = expectRefused(storage, newer, 'file.newerVersion', { version: FORMAT_VERSION + 1, needed: '3.1.0' });
    expect(err.params['needed']).toBe('3.1.0');
    const noHistory = damagedCopy(valid, dir, 'nieuw2.vlinder', 'PRAGMA user_version = 9; DROP TABLE save_history');
    expectRefused(storage, noHistory, 'file.newerVersion', { version: 9 });
  });

  it('a file truncated anywhere is damaged (or not SQLite at all when even the magic is cut)', () => {
    const { storage, dir, valid } = setup();
    const bytes = readFileSync(valid);
    const offsets = new Set([1, 10, 15, 16, 50, 99, 100, 511, 512, 1024]);
    for (let o = 4096; o < bytes.length; o += 4096) offsets.add(o).add(o + 1234);
    for (const o of offsets) {
      if (o >= bytes.length) continue;
      const path = join(dir, `afgebroken-${o}.vlinder`);
      writeFileSync(path, bytes.subarray(0, o));
      expectRefused(storage, path, o < 16 ? 'file.notSqlite' : 'file.damaged');
    }
  });

  it('a view, a virtual table or a computed column in place of a table is refused before any SELECT', () => {
    const { storage, dir, valid } = setup();
    expectRefused(storage, damagedCopy(valid, dir, 'view.vlinder', 'ALTER TABLE risks RENAME TO risks_real; CREATE VIEW risks AS SELECT * FROM risks_real'), 'file.damaged', {
      where: 'risks is geen tabel maar een view',
    });
    expectRefused(storage, damagedCopy(valid, dir, 'virtueel.vlinder', 'DROP TABLE scores; CREATE VIRTUAL TABLE scores USING fts5(id, created_at)'), 'file.damaged');
    const computed = damagedCopy(valid, dir, 'berekend.vlinder', `
      CREATE TABLE p2 (id BLOB PRIMARY KEY, name TEXT NOT NULL, kind TEXT, domain TEXT, role TEXT, created_at TEXT, updated_at TEXT AS (zeroblob(100000000))) WITHOUT ROWID;
      DROP TABLE partners; ALTER TABLE p2 RENAME TO partners;`);
    expectRefused(storage, computed, 'file.damaged', { where: 'tabel partners: kolom updated_at is berekend' });
  });

  it('missing tables and columns, a second project row, wrong types and bad JSON name the place', () => {
    const { storage, dir, valid } = setup();
    expectRefused(storage, damagedCopy(valid, dir, 't.vlinder', 'DROP TABLE measures'), 'file.damaged', { where: 'tabel measures ontbreekt' });
    expectRefused(storage, damagedCopy(valid, dir, 'k.vlinder', 'ALTER TABLE measures DROP COLUMN quick_win'), 'file.damaged', { where: 'tabel measures: kolom quick_win ontbreekt' });
    expectRefused(storage, damagedCopy(valid, dir, 'p.vlinder', 'INSERT INTO project SELECT randomblob(16), created_at, updated_at, document_id, title, municipality, period, language, confidentiality, scales, description, municipality_code, organisation, author, version, status, advice_rule, tracked_since FROM project'), 'file.damaged', {
      where: 'tabel project: 2 rijen in plaats van 1',
    });
    expectRefused(storage, damagedCopy(valid, dir, 'p0.vlinder', 'DELETE FROM project'), 'file.damaged');
    const typ = expectRefused(storage, damagedCopy(valid, dir, 'type.vlinder', "UPDATE measures SET quick_win = 'ja'"), 'file.damaged');
    expect(typ.params['where']).toMatch(/^tabel measures, rij 1 \(id [0-9a-f]{32}\): quickWin: moet ja of nee zijn$/);
    const json = expectRefused(storage, damagedCopy(valid, dir, 'json.vlinder', "UPDATE risks SET area_ids = '[\"abc'"), 'file.damaged');
    expect(json.params['where']).toMatch(/areaIds: is geen geldige JSON/);
    const id = expectRefused(storage, damagedCopy(valid, dir, 'id.vlinder', "UPDATE areas SET parent_id = 'niet-een-id' WHERE parent_id IS NOT NULL"), 'file.damaged');
    expect(id.params['where']).toMatch(/parentId: is geen geldige id/);
  });

  it('enormous strings are refused without a hang; unknown columns are ignored', () => {
    const { storage, dir, valid } = setup();
    const big = damagedCopy(valid, dir, 'groot-veld.vlinder', "UPDATE risks SET description = printf('%.*c', 30000000, 'x') WHERE id = (SELECT min(id) FROM risks)");
    expectRefused(storage, big, 'file.damaged');
    const extra = damagedCopy(valid, dir, 'extra.vlinder', "ALTER TABLE risks ADD COLUMN secret TEXT DEFAULT 'geheim'");
    const wc = storage.open(extra);
    const out = join(dir, 'opgeslagen.vlinder');
    wc.save(out, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    expect(readFileSync(out).includes('geheim')).toBe(false);
    expect(readFileSync(out).includes('secret')).toBe(false);
  });

  it('a file with triggers or views is refused, and its triggers never run', () => {
    const { storage, dir, valid } = setup();
    const armed = damagedCopy(valid, dir, 'triggers.vlinder', (db) => {
      db.exec('CREATE TABLE marker (what TEXT)');
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'marker'").pluck().all() as string[];
      for (const t of tables) {
        for (const ev of ['INSERT', 'UPDATE', 'DELETE']) {
          db.exec(`CREATE TRIGGER "${t}_${ev}" AFTER ${ev} ON "${t}" BEGIN INSERT INTO marker VALUES ('${t} ${ev}'); UPDATE project SET title = 'gekaapt'; END`);
        }
      }
    });
    expect(expectRefused(storage, armed, 'file.damaged').params['where']).toMatch(/^onbekend onderdeel in het bestand: (tabel marker|trigger \w+)$/);
    const original = new Database(armed, { readonly: true });
    expect(original.prepare('SELECT count(*) FROM marker').pluck().get()).toBe(0);
    original.close();
    expectRefused(storage, damagedCopy(valid, dir, 'trigger.vlinder', "CREATE TRIGGER t AFTER UPDATE ON risks BEGIN SELECT 1; END"), 'file.damaged', {
      where: 'onbekend onderdeel in het bestand: trigger t',
    });
    expectRefused(storage, damagedCopy(valid, dir, 'spy.vlinder', "CREATE VIEW spy AS SELECT 'view ran' AS x"), 'file.damaged', { where: 'onbekend onderdeel in het bestand: view spy' });
  });

  it('valid values in unusual forms open, and the working copy holds exactly the validated document', () => {
    const { storage, dir, valid } = setup();
    const odd = damagedCopy(valid, dir, 'vreemd.vlinder', `
      UPDATE measures SET planned_year = 2027.0 WHERE id = (SELECT min(id) FROM measures);
      UPDATE risks SET area_ids = ' [ ] ', goals = '[ "Doel met spaties" ]' WHERE id = (SELECT min(id) FROM risks);
      UPDATE themes SET sort_order = CAST(sort_order AS INTEGER);`);
    const wc = storage.open(odd);
    const risk = Object.values(wc.doc().risks).find((r) => r.goals[0] === 'Doel met spaties')!;
    expect(risk.areaIds).toEqual([]);
    expect(Object.values(wc.doc().measures).some((m) => m.plannedYear === 2027)).toBe(true);
    const opened = wc.doc();
    wc.apply([{ op: 'project', value: { ...opened.project, title: 'Na openen' } }]);
    wc.close(false);
    const resumed = storage.resume(wc.id);
    expect(resumed.doc()).toEqual({ ...opened, project: { ...opened.project, title: 'Na openen' } });
    resumed.close(true);
  });

  it('invalid UTF-8 is damage, a genuine replacement character is text', () => {
    const { storage, dir, valid } = setup();
    const bad = damagedCopy(valid, dir, 'utf8.vlinder', "UPDATE risks SET title = CAST(x'4472756773c328' AS TEXT)");
    const err = expectRefused(storage, bad, 'file.damaged');
    expect(err.params['where']).toMatch(/kolom title: ongeldige tekens \(geen UTF-8\)/);
    const fine = damagedCopy(valid, dir, 'fffd.vlinder', "UPDATE risks SET title = 'Onbekend teken: \uFFFD'");
    const wc = storage.open(fine);
    expect(Object.values(wc.doc().risks).every((r) => r.title === 'Onbekend teken: \uFFFD')).toBe(true);
    wc.close(true);
  });

  it('says where a file is damaged in the language of the UI', () => {
    const { storage, dir, valid } = setup();
    const path = damagedCopy(valid, dir, 'zonder.vlinder', 'ALTER TABLE measures DROP COLUMN quick_win');
    let raw: ApiError | null = null;
    try {
      storage.open(path).close(true);
    } catch (err) {
      raw = err as ApiError;
    }
    expect(t('nl', 'error.file.damaged', raw!.params)).toBe('Het bestand is beschadigd (tabel measures: kolom quick_win ontbreekt). Het is niet gewijzigd.');
    expect(t('en', 'error.file.damaged', raw!.params)).toContain('(table measures: column quick_win is missing)');
  });

  it('dangling references and duplicate ids are damage', () => {
    const { storage, dir, valid } = setup();
    const dangling = expectRefused(storage, damagedCopy(valid, dir, 'los.vlinder', 'UPDATE risk_causes SET cause_id = randomblob(16) WHERE id = (SELECT min(id) FROM risk_causes)'), 'file.damaged');
    expect(dangling.params['where']).toMatch(/veld causeId: verwijst naar een onbekende oorzaak$/);
    const dup = damagedCopy(valid, dir, 'dubbel.vlinder', `
      CREATE TABLE c2 AS SELECT * FROM causes; INSERT INTO c2 SELECT * FROM causes LIMIT 1;
      DROP TABLE causes; ALTER TABLE c2 RENAME TO causes;`);
    expect(expectRefused(storage, dup, 'file.damaged').params['where']).toMatch(/dubbele id/);
  });

  it('a file left in WAL mode opens without creating -wal or -shm beside it', () => {
    const { storage, dir, valid } = setup();
    const wal = join(dir, 'wal.vlinder');
    copyFileSync(valid, wal);
    const bytes = readFileSync(wal);
    bytes[18] = 2;
    bytes[19] = 2;
    writeFileSync(wal, bytes);
    const before = listing(dir);
    const wc = storage.open(wal);
    expect(Object.keys(wc.doc().risks)).toHaveLength(3);
    wc.close(true);
    expect(listing(dir)).toEqual(before);
    expect(sha256(wal)).toBe(sha256(wal));
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is unreadable (skipped as root: root ignores chmod)', async () => {
    const { storage, valid } = setup();
    const { chmodSync } = await import('node:fs');
    chmodSync(valid, 0o000);
    expectRefused(storage, valid, 'file.unreadable', { reason: 'geen toegang' });
  });
});
