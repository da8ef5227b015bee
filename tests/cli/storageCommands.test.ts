/** The file commands of the CLI: new, info, validate, convert — exit codes, output, Dutch errors. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './runCaptured.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { FORMAT_VERSION } from '../../src/main/storage/format.ts';
import { INTERCHANGE_VERSION } from '../../src/shared/model/interchange.ts';
import { generateProject } from '../builders/generateProject.ts';
import { useTempDirs } from '../storage/tempDirs.ts';

const tempDir = useTempDirs();

const cli = (...argv: string[]) => runCaptured(argv);

function generatedFile(dir: string): string {
  const storage = createStorage({ dataDir: tempDir(), appVersion: '0.1.0-test' });
  const wc = storage.create(generateProject({ risks: 12, workedOut: 3, seed: 4 }));
  const path = join(dir, 'gegenereerd.vlinder');
  wc.save(path, { force: false, appVersion: '0.1.0-test' });
  wc.close(true);
  return path;
}

describe('vlinder new / info / validate / convert', () => {
  it('new makes a valid project that info describes, as text and as JSON', async () => {
    const dir = tempDir();
    const file = join(dir, 'nieuw.vlinder');
    expect(await cli('new', file, '--title', 'IVRP Gemeente Test', '--municipality', 'Gemeente Test')).toMatchObject({ code: 0 });
    const text = await cli('info', file);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Titel:\s+IVRP Gemeente Test/);
    const json = await cli('info', file, '--json');
    const info = JSON.parse(json.out);
    expect(info).toMatchObject({ formatVersion: FORMAT_VERSION, title: 'IVRP Gemeente Test', municipality: 'Gemeente Test', counts: { risks: 0, causes: 0, consequences: 0, measures: 0, escalationFactors: 0, areas: 0 } });
    expect(info.documentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.saves.count).toBe(1);
  });

  it('new refuses to overwrite without --force and wants a .vlinder name', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.vlinder');
    await cli('new', file);
    const again = await cli('new', file);
    expect(again.code).toBe(1);
    expect(again.err).toContain('bestaat al');
    expect((await cli('new', file, '--force', '--title', 'Twee')).code).toBe(0);
    expect(JSON.parse((await cli('info', file, '--json')).out).title).toBe('Twee');
    expect((await cli('new', join(dir, 'p.txt'))).code).toBe(2);
  });

  it('info counts the entities of a generated project', async () => {
    const file = generatedFile(tempDir());
    const info = JSON.parse((await cli('info', file, '--json')).out);
    const doc = generateProject({ risks: 12, workedOut: 3, seed: 4 });
    expect(info.counts).toEqual({
      risks: 12, causes: Object.keys(doc.causes).length, consequences: Object.keys(doc.consequences).length, measures: Object.keys(doc.measures).length,
      escalationFactors: Object.keys(doc.escalationFactors).length, partners: Object.keys(doc.partners).length, areas: Object.keys(doc.areas).length,
    });
    expect(info.documentId).toBe(doc.project.documentId);
  });

  it('convert .vlinder → .json → .vlinder keeps document id, content and lineage', async () => {
    const dir = tempDir();
    const file = generatedFile(dir);
    const json = join(dir, 'p.json');
    const back = join(dir, 'terug.vlinder');
    expect((await cli('convert', file, json)).code).toBe(0);
    const interchange = JSON.parse(readFileSync(json, 'utf8'));
    expect(interchange).toMatchObject({ format: 'vlinder', formatVersion: INTERCHANGE_VERSION });
    expect(interchange.saveHistory).toHaveLength(1);
    expect((await cli('convert', json, back)).code).toBe(0);
    const a = JSON.parse((await cli('info', file, '--json')).out);
    const b = JSON.parse((await cli('info', back, '--json')).out);
    expect(b.counts).toEqual(a.counts);
    expect(b.documentId).toBe(a.documentId);
    expect(b.saves.count).toBe(2);
    expect((await cli('convert', file, json)).code).toBe(1);
    expect((await cli('convert', file, json, '--force')).code).toBe(0);
  });

  it('validate accepts a good file and names the problem of a bad one', async () => {
    const dir = tempDir();
    const file = generatedFile(dir);
    expect(await cli('validate', file)).toMatchObject({ code: 0 });
    const bad = join(dir, 'kapot.vlinder');
    writeFileSync(bad, readFileSync(file).subarray(0, 5000));
    const r = await cli('validate', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^vlinder validate: Het bestand is beschadigd \(.+\)\. Het is niet gewijzigd\.$/);
    const json = join(dir, 'fout.json');
    writeFileSync(json, '{"format":"vlinder","formatVersion":1,"project":{}}');
    const j = await cli('validate', json);
    expect(j.code).toBe(1);
    expect(j.err).toContain('Importeren is mislukt');
    expect((await cli('validate', join(dir, 'nergens.vlinder'))).err).toContain('bestaat niet');
  });

  it('the real command exits non-zero with one Dutch line and no stack trace', () => {
    const dir = tempDir();
    const bin = fileURLToPath(new URL('../../bin/vlinder.mjs', import.meta.url));
    const notes = join(dir, 'notities.vlinder');
    writeFileSync(notes, 'geen project');
    const r = spawnSync(process.execPath, [bin, 'info', notes], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('vlinder info: Dit is geen Vlinder-bestand: het bestand is geen SQLite-database.');
    expect(r.stdout).toBe('');
    const ok = spawnSync(process.execPath, [bin, 'new', join(dir, 'x.vlinder')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(existsSync(join(dir, 'x.vlinder'))).toBe(true);
  });
});
