/**
 * Evidence files as the app and the CLI read them: the Kerncijfers workbook (a real .xlsx made
 * with exceljs from rows in the kwb layout), its StatLine CSV form, and Dutch/English errors.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvidenceFile } from '../../../src/main/evidence/readEvidenceFile.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';

const DIR = join(import.meta.dirname, '../../fixtures/evidence');

/** The kwb layout: short column names, a row per gemeente, wijk and buurt, '.' where suppressed. */
async function kwbWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('kwb-2024');
  ws.addRow(['gwb_code_10', 'gwb_code_8', 'regio', 'gm_naam', 'recs', 'a_inw', 'a_hh', 'bev_dich', 'g_ink_pi', 'p_man']);
  ws.addRow(['NL00', '0', 'Nederland', 'Nederland', 'Land', 17942942, 8159000, 534, '35,5', 50]);
  ws.addRow(['GM0344', '344', 'Utrecht', 'Utrecht', 'Gemeente', 374238, 190120, 3957, '33,1', 49]);
  ws.addRow(['WK034401', '34401', 'Wijk 01 West', 'Utrecht', 'Wijk', 38405, 22310, 7422, '30,2', 49]);
  ws.addRow(['BU03440101', '3440101', 'Lombok-Oost', 'Utrecht', 'Buurt', 45, '.', '.', '.', '.']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('Kerncijfers wijken en buurten', () => {
  it('reads the workbook: year from the file name, indicators by their short names, suppressed values kept', async () => {
    const r = await readEvidenceFile(await kwbWorkbook(), { fileName: 'kwb-2024.xlsx', downloadedAt: '2025-02-01' });
    expect(r).toMatchObject({ source: 'cbs', tableId: 'kwb-2024', lines: 4 });
    const of = (area: string, kind: string) => r.observations.find((o) => o.area === area && o.kind === kind);
    expect(of('GM0344', 'a_inw')).toMatchObject({ period: '2024JJ00', value: 374238 });
    expect(of('GM0344', 'g_ink_pi')?.value).toBe(33.1);
    expect(of('BU03440101', 'a_inw')?.value).toBe(45);
    expect(of('BU03440101', 'a_hh')?.value).toBeNull();
    // Columns a profile does not use are not kept; the row of the whole country is skipped.
    expect(r.observations.some((o) => o.kind === 'p_man')).toBe(false);
    expect(r.skippedOtherAreas).toBe(1);
  });

  it('reads the StatLine CSV form, matching AantalInwoners_5 on its name without suffix', async () => {
    const r = await readEvidenceFile(readFileSync(join(DIR, 'kwb-2024-statline.csv')), { fileName: 'kwb-2024-statline.csv', downloadedAt: '2025-02-01' });
    expect(r.observations.filter((o) => o.kind === 'a_inw').map((o) => [o.area, o.value])).toEqual([
      ['GM0344', 374238],
      ['WK034401', 38405],
      ['BU03440101', 45],
    ]);
  });

  it('gives the error in the asked language, naming the line', async () => {
    const bytes = readFileSync(join(DIR, 'bad-area.csv'));
    const nl = await readEvidenceFile(bytes, { fileName: 'bad-area.csv', downloadedAt: '2025-01-01' }).catch((e: unknown) => e);
    expect(nl).toBeInstanceOf(ApiError);
    expect((nl as ApiError).params['reason']).toBe('Regel 4: “Utrecht” is geen gebiedscode (GMxxxx, WKxxxxxx of BUxxxxxxxx).');
    const en = await readEvidenceFile(bytes, { fileName: 'bad-area.csv', downloadedAt: '2025-01-01', lang: 'en' }).catch((e: unknown) => e);
    expect((en as ApiError).params['reason']).toMatch(/^Line 4: “Utrecht” is not an area code/);
    const zip = await readEvidenceFile(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), { fileName: 'x.xlsx', downloadedAt: '2025-01-01' }).catch((e: unknown) => e);
    expect((zip as ApiError).params['reason']).toBe('De Excel-werkmap kan niet worden gelezen.');
  });
});
