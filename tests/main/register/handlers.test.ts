import ExcelJS from 'exceljs';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';
import { FIXTURES } from '../../shared/register/importList.ts';
import { importedProject } from '../../shared/register/build.ts';

const tempDir = useTempDirs();
let core: Core | null = null;
afterEach(() => {
  core?.shutdown();
  core = null;
});

function start(): { core: Core; dispatch: ReturnType<typeof createDispatch> } {
  const storage = createStorage({ dataDir: tempDir(), appVersion: 'test' });
  core = createCore({ storage, host: 'cli', appVersion: 'test', formatVersion: 1, loadExample: async () => importedProject() });
  return { core, dispatch: createDispatch(core.handlers) };
}

describe('register.readList', () => {
  it('reads a list from a path and from uploaded bytes alike', async () => {
    const { core } = start();
    const path = join(FIXTURES, 'longlist-40.csv');
    const fromPath = await core.handlers['register.readList']({ path });
    const fromBytes = await core.handlers['register.readList']({ fileName: 'longlist-40.csv', dataBase64: readFileSync(path).toString('base64') });
    expect(fromPath).toEqual(fromBytes);
    expect(fromPath).toMatchObject({ fileName: 'longlist-40.csv', format: 'csv', encoding: 'utf-8', totalRows: 43 });
    expect(fromPath.records[2]![0]).toBe('Nr.');
  });

  it('answers errors as data through the dispatcher', async () => {
    const { dispatch } = start();
    expect(await dispatch('register.readList', { path: join(tempDir(), 'weg.csv') })).toMatchObject({ ok: false, error: { code: 'file.notFound' } });
    expect(await dispatch('register.readList', {})).toMatchObject({ ok: false, error: { code: 'badArgument' } });
    expect(await dispatch('register.readList', { fileName: 'x.xls', dataBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]).toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'import.invalid', messageKey: 'error.import.invalid' },
    });
  });
});

describe('register export', () => {
  it('writes the register of the open project, with its latest edits, to .xlsx and .csv', async () => {
    const { core } = start();
    const session = await core.handlers['project.openExample']({});
    const risk = Object.values(session.doc.risks).find((r) => r.code === 'R07')!;
    const edited = { ...risk, title: 'Huiselijk geweld (bijgewerkt)' };
    await core.handlers['project.apply']({ sessionId: session.sessionId, changes: [{ op: 'put', table: 'risks', value: edited }] });
    const dir = tempDir();
    const xlsx = await core.handlers['register.exportFile']({ sessionId: session.sessionId, path: join(dir, 'register.xlsx') });
    expect(xlsx.bytes).toBeGreaterThan(5000);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    expect(wb.worksheets[0]!.getRow(8).getCell(2).value).toBe('Huiselijk geweld (bijgewerkt)');
    await core.handlers['register.exportFile']({ sessionId: session.sessionId, path: join(dir, 'register.csv'), lang: 'en' });
    expect(readFileSync(join(dir, 'register.csv'), 'utf8')).toMatch(/^\uFEFFCode;Title;Field;/);
    expect(readdirSync(dir).sort()).toEqual(['register.csv', 'register.xlsx']);
  });

  it('overwrites an existing export in one step and refuses other extensions or a missing folder', async () => {
    const { core } = start();
    const session = await core.handlers['project.openExample']({});
    const dir = tempDir();
    const path = join(dir, 'register.csv');
    writeFileSync(path, 'oud');
    await core.handlers['register.exportFile']({ sessionId: session.sessionId, path });
    expect(readFileSync(path, 'utf8')).toContain('R40');
    await expect(core.handlers['register.exportFile']({ sessionId: session.sessionId, path: join(dir, 'register.docx') })).rejects.toMatchObject({ code: 'export.failed' });
    await expect(core.handlers['register.exportFile']({ sessionId: session.sessionId, path: join(dir, 'nee', 'register.xlsx') })).rejects.toMatchObject({
      code: 'export.failed',
      params: { reason: { key: 'reason.noFolder' } },
    });
    expect(readdirSync(dir)).toEqual(['register.csv']);
  });

  it('hands the bytes to the renderer for a download', async () => {
    const { core } = start();
    const session = await core.handlers['project.openExample']({});
    const data = await core.handlers['register.exportData']({ sessionId: session.sessionId, format: 'xlsx' });
    expect(data.fileName).toBe('Risicolijst Gemeente Voorbeeld.xlsx');
    expect(data.mimeType).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(data.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]!.actualRowCount).toBe(41);
  });
});

