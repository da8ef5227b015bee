/**
 * The path from format version 1 (tests/fixtures/v1) to this version: no dismissed findings
 * before, one after a save as the current version; the version 3 fields (project details, the
 * advice rule, a risk's IVP fields) from every older version; older files in other shapes
 * (UTF-16, damage in a version 1 row). What holds for every kept version is in keptFixtures.test.ts.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { FORMAT_VERSION } from '../../src/main/storage/format.ts';
import { dismissFinding } from '../../src/shared/model/ops/findings.ts';
import { defaultAdviceRule } from '../../src/shared/model/adviceRuleSchema.ts';
import { FIXTURES_DIR, detailsOf, fixtureVersions, manifestOf, readManifests } from '../builders/fixtureManifest.ts';
import { TEST_APP_VERSION, sha256 } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';
import { refusalOf } from './inDutch.ts';

const tempDir = useTempDirs();
const manifests = readManifests(1);
const v1 = (name: string) => join(FIXTURES_DIR, 'v1', name);

function setup() {
  const storage = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION });
  return { storage, dir: tempDir() };
}

const headerVersion = (path: string) => readFileSync(path).readInt32BE(60);

describe.each(Object.keys(manifests))('format version 1 fixture %s.vlinder', (name) => {
  const manifest = manifests[name]!;

  it('opens with no dismissed findings: version 1 had none', () => {
    const { storage, dir } = setup();
    const path = join(dir, `${name}.vlinder`);
    copyFileSync(v1(`${name}.vlinder`), path);
    const wc = storage.open(path);
    expect(Object.values(wc.doc().risks).map((r) => r.dismissedFindings)).toEqual(manifest.risks.map(() => []));
    wc.close(true);
  });

  it('saves as the current version with a dismissed finding, and reopens the same', () => {
    const { storage, dir } = setup();
    const path = join(dir, `${name}.vlinder`);
    copyFileSync(v1(`${name}.vlinder`), path);
    const wc = storage.open(path);
    const risk = manifest.risks[0]!;
    const next = structuredClone(wc.doc());
    dismissFinding(next, risk.id, { key: `S11::${risk.id}`, ruleId: 'S11', target: { table: 'risks', id: risk.id }, by: 'Anna', reason: 'Wordt in de werksessie gescoord' });
    wc.apply([{ op: 'put', table: 'risks', value: next.risks[risk.id]! }]);
    wc.save(path, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    expect(headerVersion(path)).toBe(FORMAT_VERSION);

    const again = storage.open(path);
    expect(manifestOf(again.doc(), manifest)).toEqual(manifest);
    expect(again.doc().risks[risk.id]!.dismissedFindings).toMatchObject([{ key: `S11::${risk.id}`, ruleId: 'S11', by: 'Anna', reason: 'Wordt in de werksessie gescoord' }]);
    expect(again.saveHistory().map((s) => s.parentId)).toEqual([null, again.saveHistory()[0]!.id]);
    again.close(true);
  });
});

const beforeV3 = fixtureVersions().filter((v) => v < 3).flatMap((version) => Object.keys(readManifests(version)).map((name) => ({ version, name })));
const sinceV3 = fixtureVersions().filter((v) => v >= 3).flatMap((version) => Object.entries(readManifests(version)).map(([name, manifest]) => ({ version, name, manifest })));

describe.each(beforeV3)('format version $version fixture $name.vlinder and the version 3 fields', ({ version, name }) => {
  it('opens with concept status, no details, the default advice rule and empty IVP fields', () => {
    const { storage, dir } = setup();
    const path = join(dir, `${name}.vlinder`);
    copyFileSync(join(FIXTURES_DIR, `v${version}`, `${name}.vlinder`), path);
    const wc = storage.open(path);
    const details = detailsOf(wc.doc());
    expect(details).toEqual({ project: { municipalityCode: null, organisation: '', author: '', version: '', status: 'draft', adviceRule: defaultAdviceRule() }, risks: [] });
    wc.close(true);
  });
});

describe.each(sinceV3)('format version $version fixture $name.vlinder keeps its version 3 fields', ({ version, name, manifest }) => {
  it('opens and saves with the project details, advice rule and IVP fields of its manifest', () => {
    const { storage, dir } = setup();
    const path = join(dir, `${name}.vlinder`);
    copyFileSync(join(FIXTURES_DIR, `v${version}`, `${name}.vlinder`), path);
    const wc = storage.open(path);
    expect(detailsOf(wc.doc())).toEqual(manifest.details);
    wc.save(path, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    const again = storage.open(path);
    expect(detailsOf(again.doc())).toEqual(manifest.details);
    again.close(true);
  });
});

describe('older files in other shapes', () => {
  it('a version 1 file stored as UTF-16 is migrated too', () => {
    const { storage, dir } = setup();
    const path = join(dir, 'utf16.vlinder');
    // Table by table through JavaScript: SQLite cannot ATTACH databases of different encodings.
    const src = new Database(v1('longlist-40.vlinder'), { readonly: true });
    const db = new Database(path);
    db.pragma("encoding = 'UTF-16le'");
    for (const { name, sql } of src.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[]) {
      db.exec(sql);
      const rows = src.prepare(`SELECT * FROM "${name}"`).raw(true).all() as unknown[][];
      if (rows.length === 0) continue;
      const insert = db.prepare(`INSERT INTO "${name}" VALUES (${rows[0]!.map(() => '?').join(', ')})`);
      for (const row of rows) insert.run(row);
    }
    src.close();
    db.pragma('application_id = 0x564c4452');
    db.pragma('user_version = 1');
    db.close();
    expect(readFileSync(path).readUInt32BE(56)).toBe(2);
    const wc = storage.open(path);
    expect(manifestOf(wc.doc(), manifests['longlist-40'])).toEqual(manifests['longlist-40']);
    wc.close(true);
  });

  it('a version 1 row is checked against the version 1 shape: damage names its place', () => {
    const { storage, dir } = setup();
    const path = join(dir, 'kapot.vlinder');
    copyFileSync(v1('longlist-40.vlinder'), path);
    const db = new Database(path);
    db.exec("UPDATE risks SET status = 'misschien' WHERE code = 'R02'");
    db.close();
    const before = sha256(path);
    expect(refusalOf(() => storage.open(path)).params['where']).toMatch(/tabel risks, rij \d+ \(id [0-9a-f]{32}\): status: moet een van/);
    expect(sha256(path)).toBe(before);
  });

  it('a version 1 file that lacks a version 1 column is damaged, not migrated', () => {
    const { storage, dir } = setup();
    const path = join(dir, 'zonder-kolom.vlinder');
    copyFileSync(v1('longlist-40.vlinder'), path);
    const db = new Database(path);
    db.exec('ALTER TABLE risks DROP COLUMN evidence');
    db.close();
    expect(refusalOf(() => storage.open(path))).toMatchObject({ code: 'file.damaged', params: { where: 'tabel risks: kolom evidence ontbreekt' } });
  });
});

