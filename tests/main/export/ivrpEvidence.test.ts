/**
 * The IVRP report with open-data figures: key figures in chapter 2, §4.5 per risk with a table,
 * a trend figure, the source with its download date and the buurt caveat, the tables in
 * appendix A — checked in the real .docx.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStarterList } from '../../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { ivrpDocx } from '../../../src/main/export/ivrpReport.ts';
import { readEvidenceFile } from '../../../src/main/evidence/readEvidenceFile.ts';
import { defaultMapping } from '../../../src/shared/evidence/mapping.ts';
import type { EvidenceSet } from '../../../src/shared/evidence/types.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addArea } from '../../../src/shared/model/ops/areas.ts';
import { buildIvrp } from '../../../src/shared/report/ivrp/buildIvrp.ts';
import { plainText } from '../../../src/shared/report/blocks.ts';
import { addStarterRisks } from '../../../src/shared/starter/addStarterRisks.ts';
import { starterByCodes } from '../../../src/shared/starter/starterList.ts';
import { docxText, paragraphsWithStyle, shownHeadings, unzipDocx, type DocxParts } from './inspect.ts';

const DIR = join(import.meta.dirname, '../../fixtures/evidence');
const starter = readStarterList(sourceResourcesDir());

async function project() {
  const doc = newProjectDoc({ title: 'IVRP Utrecht', municipality: 'Gemeente Utrecht' });
  addStarterRisks(doc, starterByCodes(starter, ['VWL-1.2', 'VWL-1.3']));
  addArea(doc, { name: 'West', kind: 'district', cbsCode: 'WK034401' });
  const read = (name: string) => readEvidenceFile(readFileSync(join(DIR, name)), { fileName: name, downloadedAt: '2025-01-15' });
  const imports = [await read('47022NED_TypedDataSet_20250115.csv'), await read('kwb-2024-statline.csv')];
  const evidence: EvidenceSet = { imports, mapping: defaultMapping(doc, imports.flatMap((i) => i.observations.map((o) => o.kind)), starter) };
  return { doc, evidence };
}

describe('IVRP report with evidence', () => {
  let parts: DocxParts;
  let plainParts: DocxParts;
  beforeAll(async () => {
    const { doc, evidence } = await project();
    parts = await unzipDocx(await ivrpDocx(doc, { date: '2025-02-01', evidence }));
    plainParts = await unzipDocx(await ivrpDocx(doc, { date: '2025-02-01' }));
  }, 60_000);

  it('has §4.5 with a section per risk with figures, each with its trend figure and source', () => {
    const h2 = shownHeadings(parts, 2);
    expect(h2).toContain('4.5 Cijfers per risico');
    const h3 = paragraphsWithStyle(parts.document, 'Heading3');
    expect(h3.some((h) => /^R\d+ Woninginbraak$/.test(h))).toBe(true);
    expect(h3.some((h) => /^R\d+ Vernieling en graffiti$/.test(h))).toBe(true);
    const text = docxText(parts.document);
    expect(text).toContain('Bron: Politie, open data (StatLine-tabel 47022NED), gedownload op 15-01-2025.');
    expect(text).toContain('Let op: op buurtniveau zijn sommige aantallen klein (minder dan 10)');
    expect(text).toMatch(/Verloop van de geregistreerde cijfers: R\d+ Woninginbraak/);
    // Two trend figures more than the report without evidence.
    expect(parts.media.length).toBe(plainParts.media.length + 2);
  });

  it('fills the key figures of chapter 2 from the Kerncijfers and lists the tables in appendix A', () => {
    const text = docxText(parts.document);
    expect(text).toContain('Kerncijfers uit de CBS Kerncijfers wijken en buurten:');
    expect(text).toMatch(/Aantal inwoners\s*\n?.*374\.238/);
    expect(text).toContain('Bron: CBS StatLine (kwb-2024), gedownload op 15-01-2025.');
    expect(text).toContain('Gebruikte open data:');
    const plain = docxText(plainParts.document);
    expect(plain).toContain('[Nog in te vullen: kerncijfers van de gemeente');
    expect(plain).toContain('[Nog in te vullen: geregistreerde cijfers per risico');
  });

  it('the publication leaves out figures of a confidential risk with the risk', async () => {
    const { doc, evidence } = await project();
    const burglary = Object.values(doc.risks).find((r) => r.title === 'Woninginbraak')!;
    burglary.confidentiality = 'confidential';
    const text = plainText(buildIvrp(doc, { publication: true, evidence }));
    expect(text).not.toMatch(/Verloop van de geregistreerde cijfers: R\d+ Woninginbraak/);
    expect(text).toMatch(/Verloop van de geregistreerde cijfers: R\d+ Vernieling/);
  });
});
