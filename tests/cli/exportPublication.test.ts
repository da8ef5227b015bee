/**
 * `vlinder export` as a host of the one export path: a publication's register leaves out what is
 * vertrouwelijk (and with --omit-internal intern) in .xlsx and .csv; every export — the
 * register too — prints every privacy finding before it writes, possible names included; and an
 * exported register reads back with its residual scores and its areas' kinds and CBS codes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../src/main/storage/projectFiles.ts';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { registerText } from '../main/core/registerText.ts';
import { areasOf, projectWithDetails, visibleRegister } from '../shared/register/build.ts';
import { reportFixture } from '../shared/report/fixture.ts';
import { useTempDirs } from '../storage/tempDirs.ts';
import { writeVlinderFile } from '../builders/vlinderFile.ts';
import { runCaptured } from './runCaptured.ts';

const tempDir = useTempDirs();

const projectFile = (doc: ProjectDoc) => writeVlinderFile(tempDir(), doc);

/** The report fixture with an internal risk besides its confidential one. */
function withInternalRisk() {
  const { doc, ids } = reportFixture();
  doc.risks[ids['r4']!] = { ...doc.risks[ids['r4']!]!, title: 'INTERN-RISICO Woninginbraak', confidentiality: 'internal' };
  return { doc, ids };
}

describe('vlinder export --publication --register', () => {
  it.each(['xlsx', 'csv'])('leaves confidential risks out of the .%s, and internal ones with --omit-internal', async (ext) => {
    const file = projectFile(withInternalRisk().doc);
    const out = tempDir();
    const full = join(out, `full.${ext}`);
    const pub = join(out, `pub.${ext}`);
    const strict = join(out, `strict.${ext}`);
    expect((await runCaptured(['export', file, '--register', full])).code).toBe(0);
    const r = await runCaptured(['export', file, '--publication', '--register', pub]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Risicolijst geschreven naar ${pub} (4 risico’s)`);
    expect((await runCaptured(['export', file, '--publication', '--omit-internal', '--register', strict])).code).toBe(0);
    expect(await registerText(full)).toContain('GEHEIM-RISICO');
    const pubText = await registerText(pub);
    expect(pubText).not.toContain('GEHEIM');
    expect(pubText).toContain('INTERN-RISICO');
    const strictText = await registerText(strict);
    expect(strictText).not.toContain('GEHEIM');
    expect(strictText).not.toContain('INTERN');
    expect(strictText).toContain('Huiselijk geweld');
  });
});

describe('vlinder export: the privacy check', () => {
  it('runs for the register too and prints every finding, beyond twenty, and the possible names', async () => {
    const { doc, ids } = withInternalRisk();
    const phones = Array.from({ length: 23 }, (_, i) => `06-123456${String(i).padStart(2, '0')}`);
    doc.risks[ids['r2']!] = { ...doc.risks[ids['r2']!]!, evidence: `Bel ${phones.join(', ')}. Gesprek met Pieter Jansen over de buurt.` };
    const xlsx = join(tempDir(), 'lijst.xlsx');
    const r = await runCaptured(['export', projectFile(doc), '--register', xlsx]);
    expect(r.code).toBe(0);
    const lines = r.err.split('\n');
    expect(lines[0]).toBe('Let op: mogelijk persoonsgegevens in het project (23). Controleer dit voordat u de export deelt:');
    for (const phone of phones) expect(lines).toContain(`  - telefoonnummer: "${phone}" (R02 · onderbouwing)`);
    expect(r.err).toContain('Ter info: 1 mogelijke naam/namen');
    expect(lines.at(-1)).toBe('  - mogelijke naam: "Pieter Jansen" (R02 · onderbouwing)');
    expect(r.err).not.toContain('… en nog');
    expect(existsSync(xlsx)).toBe(true);
  });

  it('checks what a publication keeps, not what it leaves out', async () => {
    const { doc, ids } = withInternalRisk();
    doc.risks[ids['r3']!] = { ...doc.risks[ids['r3']!]!, description: 'BSN 111222333' };
    const file = projectFile(doc);
    expect((await runCaptured(['export', file, '--register', join(tempDir(), 'a.csv')])).err).toContain('BSN: "111222333"');
    expect((await runCaptured(['export', file, '--publication', '--register', join(tempDir(), 'b.csv')])).err).toBe('');
  });
});

describe('vlinder export --register, then import-register', () => {
  it('carries residual scores and the areas’ kinds and CBS codes into another project', async () => {
    const doc = projectWithDetails();
    const list = join(tempDir(), 'lijst.xlsx');
    expect((await runCaptured(['export', projectFile(doc), '--register', list])).code).toBe(0);
    const copy = projectFile(newProjectDoc({ title: 'Kopie' }));
    expect((await runCaptured(['import-register', copy, list])).code).toBe(0);
    const back = readProjectFile(copy).doc;
    expect(visibleRegister(back)).toEqual(visibleRegister(doc));
    expect(areasOf(back)).toEqual(areasOf(doc));
  });
});
