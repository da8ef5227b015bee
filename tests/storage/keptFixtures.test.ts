/**
 * Files of every released format version (tests/fixtures/v<N>, kept forever) open in this
 * version with every count and label of their manifest intact, are migrated only in the working
 * copy (the file stays byte-identical), and save as the current version, reopening the same.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { FORMAT_VERSION } from '../../src/main/storage/format.ts';
import { parseInterchange } from '../../src/shared/model/interchange.ts';
import { FIXTURES_DIR, fixtureVersions, manifestOf, readManifests } from '../builders/fixtureManifest.ts';
import { TEST_APP_VERSION, listing, sha256 } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();
const cases = fixtureVersions().flatMap((version) => Object.entries(readManifests(version)).map(([name, manifest]) => ({ version, name, manifest })));
const headerVersion = (path: string) => readFileSync(path).readInt32BE(60);

function opened(version: number, name: string) {
  const storage = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION });
  const dir = tempDir();
  const path = join(dir, `${name}.vlinder`);
  copyFileSync(join(FIXTURES_DIR, `v${version}`, `${name}.vlinder`), path);
  return { storage, dir, path };
}

it('there are kept fixtures of the first and of the current format version', () => {
  expect(fixtureVersions()[0]).toBe(1);
  expect(fixtureVersions()).toContain(FORMAT_VERSION);
});

describe.each(cases)('kept fixture v$version/$name', ({ version, name, manifest }) => {
  it('opens with every count and label of its manifest, without touching the file', () => {
    const { storage, dir, path } = opened(version, name);
    const before = sha256(path);
    expect(before).toBe(sha256(join(FIXTURES_DIR, `v${version}`, `${name}.vlinder`)));
    expect(headerVersion(path)).toBe(version);
    const wc = storage.open(path);
    expect(manifestOf(wc.doc(), manifest, { history: wc.saveHistory(), records: wc.changeRecords() })).toEqual(manifest);
    expect(wc.saveHistory().map((s) => s.appVersion)).toEqual(Array(manifest.lineage?.saves.length ?? 1).fill('0.1.0'));
    const working = new Database(join(storage.workingDir, `${wc.id}.sqlite`), { readonly: true });
    expect(working.pragma('user_version', { simple: true })).toBe(FORMAT_VERSION);
    working.close();
    wc.close(true);
    expect(sha256(path)).toBe(before);
    expect(listing(dir)).toEqual([`${name}.vlinder`]);
  });

  it('saves as the current version and reopens the same', () => {
    const { storage, path } = opened(version, name);
    const wc = storage.open(path);
    wc.save(path, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    expect(headerVersion(path)).toBe(FORMAT_VERSION);
    const again = storage.open(path);
    expect(manifestOf(again.doc(), manifest, { history: again.saveHistory().slice(0, -1), records: again.changeRecords() })).toEqual(manifest);
    expect(again.saveHistory()).toHaveLength((manifest.lineage?.saves.length ?? 1) + 1);
    again.close(true);
  });

  it('is the same project as its .json export', () => {
    const { storage, path } = opened(version, name);
    const wc = storage.open(path);
    const json = parseInterchange(readFileSync(join(FIXTURES_DIR, `v${version}`, `${name}.json`), 'utf8'));
    const doc = wc.doc();
    if (version < 5) {
      // A file from before recorded deletions records them from the moment it is opened (docs/merge.md).
      expect(json.doc.project.trackedSince).toBe('');
      expect(Date.parse(doc.project.trackedSince)).toBeGreaterThan(Date.now() - 60_000);
      doc.project.trackedSince = '';
    }
    expect(json.doc).toEqual(doc);
    expect(json.saveHistory).toEqual(wc.saveHistory());
    expect({ deletions: json.deletions ?? [], fieldChanges: json.fieldChanges ?? [] }).toEqual(wc.changeRecords());
    wc.close(true);
  });
});
