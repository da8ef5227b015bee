/**
 * The register's handlers on a project opened from a real .vlinder file: the export runs the one
 * export path — a publication leaves out what is vertrouwelijk (and intern), and every export
 * comes back with the privacy check of what it wrote.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../shared/report/fixture.ts';
import { useCoreOnFile } from './coreOnFile.ts';
import { registerText, xlsxText } from './registerText.ts';

const { open, tempDir } = useCoreOnFile();

/** The report fixture with an internal risk besides its confidential one, and a phone number in a public risk. */
function project() {
  const { doc, ids } = reportFixture();
  doc.risks[ids['r4']!] = { ...doc.risks[ids['r4']!]!, title: 'INTERN-RISICO Woninginbraak', confidentiality: 'internal' };
  doc.risks[ids['r2']!] = { ...doc.risks[ids['r2']!]!, description: 'Melder bereikbaar op 06-12345678.' };
  return doc;
}

describe('register.exportFile', () => {
  it('writes the whole register, and says what the privacy check found in it', async () => {
    const { core, sessionId } = await open(project());
    const path = join(tempDir(), 'register.xlsx');
    const result = await core.handlers['register.exportFile']({ sessionId, path, lang: undefined, publication: undefined, omitInternal: undefined });
    const text = await registerText(path);
    expect(text).toContain('GEHEIM-RISICO');
    expect(text).toContain('INTERN-RISICO');
    expect(result.bytes).toBe(readFileSync(path).byteLength);
    expect(result.privacy.counts.high).toBe(1);
    expect(result.privacy.findings[0]).toMatchObject({ kind: 'phone', match: '06-12345678', place: { riskCode: 'R02' } });
  });

  it('as a publication leaves out confidential risks, and with omitInternal internal ones, in .xlsx and .csv', async () => {
    const { core, sessionId } = await open(project());
    const dir = tempDir();
    await core.handlers['register.exportFile']({ sessionId, path: join(dir, 'pub.xlsx'), lang: undefined, publication: true, omitInternal: undefined });
    await core.handlers['register.exportFile']({ sessionId, path: join(dir, 'strict.csv'), lang: undefined, publication: true, omitInternal: true });
    const pub = await registerText(join(dir, 'pub.xlsx'));
    expect(pub).not.toContain('GEHEIM');
    expect(pub).toContain('INTERN-RISICO');
    expect(pub).toContain('Huiselijk geweld');
    const strict = await registerText(join(dir, 'strict.csv'));
    expect(strict).not.toContain('GEHEIM');
    expect(strict).not.toContain('INTERN');
    expect(strict.trim().split('\r\n')).toHaveLength(1 + 3);
  });

  it('replaces an existing file and refuses a missing folder with the reason', async () => {
    const { core, sessionId } = await open(project());
    const dir = tempDir();
    const path = join(dir, 'register.csv');
    writeFileSync(path, 'oud');
    await core.handlers['register.exportFile']({ sessionId, path, lang: 'en', publication: undefined, omitInternal: undefined });
    expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFCode;Title;/);
    await expect(core.handlers['register.exportFile']({ sessionId, path: join(dir, 'nee', 'r.xlsx'), lang: undefined, publication: undefined, omitInternal: undefined })).rejects.toMatchObject({
      code: 'export.failed',
      params: { reason: 'de map bestaat niet' },
    });
  });
});

describe('register.exportData', () => {
  it('hands a publication to the renderer filtered, named from the project, with the privacy check', async () => {
    const { core, sessionId } = await open(project());
    const data = await core.handlers['register.exportData']({ sessionId, format: 'xlsx', lang: undefined, publication: true, omitInternal: true });
    expect(data.fileName).toBe('Risicolijst IVRP Teststad (publicatie).xlsx');
    const text = await xlsxText(Buffer.from(data.dataBase64, 'base64'));
    expect(text).not.toContain('GEHEIM');
    expect(text).not.toContain('INTERN');
    expect(data.privacy.counts.high).toBe(1);
  });
});

describe('register.readList', () => {
  it('reads a list from a path and says when the file is not there', async () => {
    const { core } = await open(project());
    const path = join(tempDir(), 'lijst.csv');
    writeFileSync(path, 'Titel;Kans;Impact\nInbraak;3;4\n');
    const list = await core.handlers['register.readList']({ path, fileName: undefined, dataBase64: undefined });
    expect(list).toMatchObject({ fileName: 'lijst.csv', format: 'csv', records: [['Titel', 'Kans', 'Impact'], ['Inbraak', '3', '4']] });
    await expect(core.handlers['register.readList']({ path: join(tempDir(), 'weg.csv'), fileName: undefined, dataBase64: undefined })).rejects.toMatchObject({ code: 'file.notFound' });
  });
});
