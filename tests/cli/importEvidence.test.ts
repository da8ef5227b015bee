/** `vlinder import-evidence`: reads a police file, keeps its series in the project; bad files name the line and leave the project byte-identical. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './runCaptured.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { storedImports } from '../../src/shared/evidence/storedEvidence.ts';
import { docxText, unzipDocx } from '../main/export/inspect.ts';
import { useTempDirs } from '../storage/tempDirs.ts';

const tempDir = useTempDirs();
const DIR = join(import.meta.dirname, '../fixtures/evidence');

const cli = (...argv: string[]) => runCaptured(argv);

describe('vlinder import-evidence', () => {
  it('reports table, areas, the risks the kinds count towards and the buurt caveat', async () => {
    const file = join(tempDir(), 'p.vlinder');
    await cli('new', file, '--starter=VWL');
    const before = readFileSync(file);
    const r = await cli('import-evidence', file, join(DIR, '47022NED_TypedDataSet_20250115.csv'), '--downloaded', '2025-01-15');
    expect(r.code).toBe(0);
    expect(r.out).toContain('tabel 47022NED, gedownload 2025-01-15');
    expect(r.out).toContain('16 regels: 15 waarden, 3 gebieden, 2 soorten, perioden 2024MM01 t/m 2024MM03; 1 regels over grotere gebieden overgeslagen');
    expect(r.out).toMatch(/Diefstal\/inbraak woning: R\d+ Woninginbraak/);
    expect(r.out).toMatch(/Vernieling cq\. zaakbeschadiging: R\d+ Vernieling en graffiti/);
    expect(r.out).toContain('kleine aantallen (minder dan 10) of onderdrukte waarden op buurtniveau in BU03440101');
    expect(r.out).toContain('5 reeksen bewaard');
    expect(readFileSync(file).equals(before)).toBe(false);
  });

  it('keeps the series in the file: reopening shows them, mapped to the burglary risk', async () => {
    const file = join(tempDir(), 'p.vlinder');
    await cli('new', file, '--starter=VWL');
    expect((await cli('import-evidence', file, join(DIR, '47022NED_TypedDataSet_20250115.csv'), '--downloaded', '2025-01-15')).code).toBe(0);
    const storage = createStorage({ dataDir: tempDir(), appVersion: '0.0.0-test' });
    const wc = storage.open(file);
    const doc = wc.doc();
    const [imp] = storedImports(doc);
    expect(imp).toMatchObject({ tableId: '47022NED', downloadedAt: '2025-01-15', source: 'politie' });
    expect(imp!.observations).toHaveLength(15);
    const burglary = Object.values(doc.evidenceSeries).find((s) => s.kind === '1.1.1' && s.area === 'GM0344')!;
    expect(doc.risks[burglary.riskId!]!.title).toBe('Woninginbraak');
    expect(burglary.points.map((p) => p.period)).toEqual(['2024MM01', '2024MM02', '2024MM03']);
    wc.close(true);
    // Importing the same table again replaces its series instead of doubling them.
    await cli('import-evidence', file, join(DIR, '47022NED_TypedDataSet_20250115.csv'), '--downloaded', '2025-01-16');
    const again = createStorage({ dataDir: tempDir(), appVersion: '0.0.0-test' }).open(file);
    expect(Object.keys(again.doc().evidenceSeries)).toHaveLength(5);
    expect(storedImports(again.doc())[0]!.downloadedAt).toBe('2025-01-16');
    again.close(true);
  });

  it('the IVRP written from the file shows the stored figures with their source', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.vlinder');
    await cli('new', file, '--starter=VWL');
    await cli('import-evidence', file, join(DIR, '47022NED_TypedDataSet_20250115.csv'), '--downloaded', '2025-01-15');
    expect((await cli('export', file, '--ivrp', join(dir, 'ivrp.docx'))).code).toBe(0);
    const text = docxText((await unzipDocx(readFileSync(join(dir, 'ivrp.docx')))).document);
    expect(text).toContain('Bron: Politie, open data (StatLine-tabel 47022NED), gedownload op 15-01-2025.');
    expect(text).toMatch(/Verloop van de geregistreerde cijfers: R\d+ Woninginbraak/);
  }, 60_000);

  it('fails with the Dutch reason naming the line for a bad file', async () => {
    const file = join(tempDir(), 'p.vlinder');
    await cli('new', file);
    const before = readFileSync(file);
    const r = await cli('import-evidence', file, join(DIR, 'bad-period.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Regel 3: “2024M02” is geen periode');
    const other = await cli('import-evidence', file, join(DIR, '83648NED_2023.csv'), '--table', '47022NED');
    expect(other.err).toContain('Dit is geen bestand van tabel 47022NED');
    for (const bad of ['bad-columns.csv', 'bad-area.csv', 'bad-value.csv']) expect((await cli('import-evidence', file, join(DIR, bad))).code).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
