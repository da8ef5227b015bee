import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import { useTempDirs } from '../storage/tempDirs.ts';
import { writeVlinderFile } from '../builders/vlinderFile.ts';
import { FIXTURES } from '../shared/register/importList.ts';
import { createHash } from 'node:crypto';

const tempDir = useTempDirs();

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const newFile = (dir: string) => writeVlinderFile(dir, newProjectDoc({ title: 'Gemeente Voorbeeld' }), 'project.vlinder');

function readDoc(path: string, dir: string) {
  const storage = createStorage({ dataDir: join(dir, 'check'), appVersion: 'test' });
  const wc = storage.open(path);
  const doc = wc.doc();
  wc.close(true);
  storage.closeAll();
  return doc;
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('vlinder import-register', () => {
  it('imports a 40-row Dutch list into the file and says what it did', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    const c = capture();
    expect(await runCli(['import-register', file, join(FIXTURES, 'longlist-40.csv')], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/^40 risico’s toegevoegd; 0 bijgewerkt; nieuwe gebieden: Noord, Oost, Centrum/m);
    const doc = readDoc(file, dir);
    expect(Object.keys(doc.risks)).toHaveLength(40);
    expect(Object.values(doc.scores).filter((s) => s.criterion === 'likelihood')).toHaveLength(40);
    expect(readdirSync(dir).filter((f) => f.startsWith('project'))).toEqual(['project.vlinder']);
  });

  it('keeps the document id, and works on the JSON form too', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    const before = readDoc(file, dir);
    expect(await runCli(['import-register', file, join(FIXTURES, 'longlist-40.csv')], capture().io)).toBe(0);
    expect(readDoc(file, dir).project.documentId).toBe(before.project.documentId);
    const json = join(dir, 'project.json');
    expect(await runCli(['convert', file, json], capture().io)).toBe(0);
    const c = capture();
    expect(await runCli(['import-register', json, join(FIXTURES, 'longlist-40.csv')], c.io)).toBe(0);
    expect(c.out.at(-1)).toBe('0 risico’s toegevoegd; 40 bijgewerkt.');
  });

  it('imports an English .xlsx list and updates risks by code on a second run', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    const list = join(dir, 'list.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Risks');
    ws.addRow(['Code', 'Title', 'Field', 'Theme', 'Area', 'Likelihood', 'Impact', 'Priority']);
    ws.addRow(['R01', 'Burglary', 'VWL', 'VWL-1.3', 'North', 3, 4, 'priority']);
    ws.addRow(['R02', 'Drug labs', 'IV', 'IV-5.2', 'Rural area', 'C', 'E', 'other strategic theme']);
    await wb.xlsx.writeFile(list);
    expect(await runCli(['import-register', file, list], capture().io)).toBe(0);
    ws.getRow(2).getCell(6).value = 5;
    await wb.xlsx.writeFile(list);
    const c = capture();
    expect(await runCli(['import-register', file, list], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('0 risico’s toegevoegd; 2 bijgewerkt');
    const doc = readDoc(file, dir);
    const r01 = Object.values(doc.risks).find((r) => r.code === 'R01')!;
    expect(Object.values(doc.scores).find((s) => s.riskId === r01.id && s.criterion === 'likelihood')!.value).toBe(5);
    expect(Object.keys(doc.risks)).toHaveLength(2);
  });

  it('lists the errors per row, exits 1 and leaves the file byte for byte untouched', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    const before = hash(file);
    const list = join(dir, 'fout.csv');
    writeFileSync(list, 'Titel;Kans;Impact;Advies;Eigenaar\nInbraak;3;4;prioriteit;Politie\nOverlast;9;2;;\n;3;3;misschien;\n');
    const c = capture();
    expect(await runCli(['import-register', file, list], c.io)).toBe(1);
    expect(c.out).toEqual(['Niet ingelezen kolommen: Eigenaar']);
    expect(c.err).toEqual([
      'vlinder import-register: de lijst bevat 3 fout(en); er is niets ingelezen.',
      '  regel 3: “9” in kolom Kans staat niet op de schaal (1, 2, 3, 4, 5).',
      '  regel 4: De titel ontbreekt.',
      '  regel 4: “misschien” is geen advies (prioriteit, overig strategisch thema, beheersniveau).',
    ]);
    expect(hash(file)).toBe(before);
  });

  it('with --dry-run only reports', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    const before = hash(file);
    const c = capture();
    expect(await runCli(['import-register', file, join(FIXTURES, 'longlist-40.csv'), '--dry-run'], c.io)).toBe(0);
    expect(c.out.at(-1)).toMatch(/^Proefrit \(niets opgeslagen\): 40 risico’s toegevoegd/);
    expect(hash(file)).toBe(before);
  });

  it('gives short Dutch messages for bad usage and bad files', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    let c = capture();
    expect(await runCli(['import-register', file], c.io)).toBe(2);
    expect(c.err[0]).toContain('geef een projectbestand en een lijst');
    c = capture();
    writeFileSync(join(dir, 'oud.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(await runCli(['import-register', file, join(dir, 'oud.xls')], c.io)).toBe(1);
    expect(c.err[0]).toMatch(/^vlinder import-register: Importeren is mislukt: oude Excel-bestanden \(\.xls\)/);
    c = capture();
    expect(await runCli(['import-register', join(dir, 'weg.vlinder'), join(FIXTURES, 'longlist-40.csv')], c.io)).toBe(1);
    expect(c.err[0]).toContain('bestaat niet');
  });
});

describe('vlinder export --register', () => {
  it('writes .xlsx and .csv that read back, as a real process', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    await runCli(['import-register', file, join(FIXTURES, 'longlist-40.csv')], capture().io);
    const xlsx = join(dir, 'register.xlsx');
    const csv = join(dir, 'register.csv');
    const run = spawnSync(process.execPath, ['bin/vlinder.mjs', 'export', file, '--register', xlsx], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Risicolijst geschreven naar ${xlsx} (40 risico’s)`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets[0]!.actualRowCount).toBe(41);
    expect(await runCli(['export', file, '--register', csv, '--lang', 'en'], capture().io)).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFCode;Title;Field;Theme;Areas;Status;Likelihood;Impact;Score;Band/);
    // A copy of the exported list imports into a fresh project as 40 risks.
    const copy = newFile(tempDir());
    copyFileSync(csv, join(dir, 'terug.csv'));
    expect(await runCli(['import-register', copy, join(dir, 'terug.csv')], capture().io)).toBe(0);
    expect(Object.keys(readDoc(copy, dir).risks)).toHaveLength(40);
  });

  it('refuses an output that is not .xlsx or .csv, and a call without a kind', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    let c = capture();
    expect(await runCli(['export', file, '--register', join(dir, 'r.pdf')], c.io)).toBe(2);
    expect(c.err[0]).toContain('.xlsx of .csv');
    c = capture();
    expect(await runCli(['export', file], c.io)).toBe(2);
    expect(c.err[0]).toContain('--register');
    expect(readdirSync(dir).sort()).toEqual(['data', 'project.vlinder']);
  });
});

describe('vlinder export into folders that do not exist yet', () => {
  it('makes the folders and writes the files', async () => {
    const dir = tempDir();
    const file = newFile(dir);
    const c = capture();
    const xlsx = join(dir, 'nieuw', 'diep', 'lijst.xlsx');
    expect(await runCli(['export', file, '--register', xlsx], c.io)).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });
});
